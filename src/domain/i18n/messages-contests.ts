import type { DeepStrings } from './deep-strings.js';

/**
 * Server texts of contests, entries and the selection (top-level `contests`, plus the notification
 * texts of their kinds, `notification.contests.*`). Indonesian first; English must have the same keys.
 * A deadline comes in parts on the region's wall clock (weekday 0–6, day, month 1–12, year, hh, mm,
 * ss, zone) and each language composes it with its own day and month names.
 */
export const messagesContestsId = {
  contests: {
    /** A deadline to the second on the region's wall clock: "Senin, 30 November 2026 pukul 23.59.59 WITA". */
    deadline: '$t(contests.weekday.{{weekday}}), {{day}} $t(contests.month.{{month}}) {{year}} pukul {{hh}}.{{mm}}.{{ss}} {{zone}}',
    weekday: { 0: 'Minggu', 1: 'Senin', 2: 'Selasa', 3: 'Rabu', 4: 'Kamis', 5: 'Jumat', 6: 'Sabtu' },
    month: { 1: 'Januari', 2: 'Februari', 3: 'Maret', 4: 'April', 5: 'Mei', 6: 'Juni', 7: 'Juli', 8: 'Agustus', 9: 'September', 10: 'Oktober', 11: 'November', 12: 'Desember' },
    error: {
      closed: 'Pendaftaran ditutup pada $t(contests.deadline). Entri tidak dapat lagi dibuat, diubah, atau dikirim.',
      notOpenYet: 'Pendaftaran lomba ini belum dibuka.',
      notOpen: 'Lomba ini tidak sedang menerima pendaftaran.',
      contestChanged: 'Pengaturan lomba ini sudah diubah orang lain. Muat ulang untuk melihat versi terbaru, lalu simpan lagi.',
      entryChanged: 'Entri ini sudah diubah di tempat lain. Muat ulang untuk melihat versi terbaru, lalu simpan lagi.',
      roundUnknown: 'Tahap ini bukan bagian dari lomba ini.',
      roundInUse: 'Tahap "{{name}}" sudah memiliki panel juri, penugasan, atau nilai; tahap itu tidak dapat dihapus atau diubah jenisnya.',
      criteriaFrozen: 'Kriteria penilaian (kunci, urutan, dan rentang nilai) tidak dapat diubah setelah juri memberi nilai.',
      alreadyPublished: 'Lomba ini sudah diterbitkan.',
      slugTaken: 'Alamat lomba dengan nama ini baru saja dipakai; simpan sekali lagi.',
      entrantKindNotAllowed: 'Lomba ini tidak menerima peserta dengan jenis ini.',
      unitOnlyOperators: 'Hanya operator unit yang dapat mendaftarkan unit beserta inovasinya.',
      notYourUnit: 'Anda hanya dapat mendaftarkan unit tempat Anda menjadi operator.',
      innovationUnknown: 'Inovasi ini tidak ditemukan pada unit tersebut.',
      alreadyEntered: 'Anda sudah memiliki entri pada lomba ini; lanjutkan entri tersebut.',
      innovationEntered: 'Inovasi ini sudah didaftarkan pada lomba ini.',
      notEntrant: 'Hanya peserta yang membuat entri ini (untuk entri unit: operator unit tersebut) yang dapat mengubah atau mengirimnya.',
      decided: 'Entri ini sudah diputuskan pada seleksi administrasi dan tidak dapat diubah lagi.',
      notSent: 'Hanya entri yang sudah dikirim yang dapat diseleksi.',
      selectionLocked: 'Keputusan seleksi tidak dapat diubah lagi: tahap penjurian pertama sudah dibuka.',
      reasonRequired: 'Tuliskan alasan entri tidak lolos; peserta perlu tahu mengapa.',
      fieldNotFile: 'Kolom "{{field}}" bukan kolom berkas pada formulir lomba ini.',
      fileRefused: 'Berkas harus berupa PDF, JPG, PNG, atau MP4 (diperiksa dari isi berkas).',
      fileTooLarge: 'Berkas paling besar {{mb}} MB.',
      tooManyFiles: 'Satu kolom berkas paling banyak memuat {{max}} berkas.',
    },
    mail: {
      receipt: {
        subject: 'Tanda terima entri {{number}} — {{contest}}',
        text: 'Yth. {{name}},\n\nEntri Anda pada {{contest}} sudah kami terima.\n\nNomor entri: {{number}}\nJudul: {{title}}\n\nAnda masih dapat memperbaikinya sampai pendaftaran ditutup pada {{closes}}. Sejak saat itu entri bersifat final.\nLihat dan ikuti status entri Anda di:\n{{link}}\n\nSimpan surel ini sebagai tanda terima.',
      },
      passed: {
        subject: 'Entri {{number}} lolos seleksi administrasi — {{contest}}',
        text: 'Yth. {{name}},\n\nEntri Anda "{{title}}" ({{number}}) pada {{contest}} lolos seleksi administrasi dan akan dinilai dewan juri.\nIkuti statusnya di:\n{{link}}',
      },
      failed: {
        subject: 'Hasil seleksi administrasi entri {{number}} — {{contest}}',
        text: 'Yth. {{name}},\n\nEntri Anda "{{title}}" ({{number}}) pada {{contest}} tidak lolos seleksi administrasi.\nAlasan: {{reason}}\n\nTerima kasih atas partisipasi Anda. Rinciannya ada di:\n{{link}}',
      },
    },
  },
  notification: {
    contests: {
      entrySubmitted: 'Entri Anda "{{title}}" pada {{contest}} sudah diterima dengan nomor {{number}}.',
      entryPassed: 'Entri Anda "{{title}}" pada {{contest}} lolos seleksi administrasi.',
      entryFailed: 'Entri Anda "{{title}}" pada {{contest}} tidak lolos seleksi administrasi. Alasan: {{reason}}',
    },
  },
} as const;

export const messagesContestsEn: DeepStrings<typeof messagesContestsId> = {
  contests: {
    deadline: '$t(contests.weekday.{{weekday}}), {{day}} $t(contests.month.{{month}}) {{year}} at {{hh}}:{{mm}}:{{ss}} {{zone}}',
    weekday: { 0: 'Sunday', 1: 'Monday', 2: 'Tuesday', 3: 'Wednesday', 4: 'Thursday', 5: 'Friday', 6: 'Saturday' },
    month: { 1: 'January', 2: 'February', 3: 'March', 4: 'April', 5: 'May', 6: 'June', 7: 'July', 8: 'August', 9: 'September', 10: 'October', 11: 'November', 12: 'December' },
    error: {
      closed: 'Registration closed on $t(contests.deadline). Entries can no longer be created, changed or sent.',
      notOpenYet: 'Registration for this contest has not opened yet.',
      notOpen: 'This contest is not taking entries.',
      contestChanged: 'Someone else changed this contest’s setup. Reload to see the latest version, then save again.',
      entryChanged: 'This entry was changed elsewhere. Reload to see the latest version, then save again.',
      roundUnknown: 'This round is not part of this contest.',
      roundInUse: 'The round "{{name}}" already has a jury panel, assignments or scores; it cannot be removed or change its kind.',
      criteriaFrozen: 'The judging criteria (keys, order and score ranges) cannot change once judges have scored.',
      alreadyPublished: 'This contest is already published.',
      slugTaken: 'A contest address with this name was just taken; save once more.',
      entrantKindNotAllowed: 'This contest does not accept entrants of this kind.',
      unitOnlyOperators: 'Only a unit’s operator can enter the unit with one of its innovations.',
      notYourUnit: 'You can only enter a unit you are an operator of.',
      innovationUnknown: 'This innovation was not found in that unit.',
      alreadyEntered: 'You already have an entry in this contest; continue that one.',
      innovationEntered: 'This innovation is already entered in this contest.',
      notEntrant: 'Only the entrant who made this entry (for a unit’s entry: that unit’s operators) can change or send it.',
      decided: 'This entry has been decided in the administrative selection and can no longer change.',
      notSent: 'Only a sent entry can be selected.',
      selectionLocked: 'The selection can no longer change: the first judging round has opened.',
      reasonRequired: 'Give the reason the entry did not pass; the entrant needs to know why.',
      fieldNotFile: 'The field "{{field}}" is not a file field of this contest’s form.',
      fileRefused: 'Files must be PDF, JPG, PNG or MP4 (judged by the file’s content).',
      fileTooLarge: 'A file is at most {{mb}} MB.',
      tooManyFiles: 'A file field holds at most {{max}} files.',
    },
    mail: {
      receipt: {
        subject: 'Receipt for entry {{number}} — {{contest}}',
        text: 'Dear {{name}},\n\nWe have received your entry to {{contest}}.\n\nEntry number: {{number}}\nTitle: {{title}}\n\nYou can still revise it until registration closes on {{closes}}. From then on the entry is final.\nSee and follow your entry’s status at:\n{{link}}\n\nKeep this e-mail as your receipt.',
      },
      passed: {
        subject: 'Entry {{number}} passed the administrative selection — {{contest}}',
        text: 'Dear {{name}},\n\nYour entry "{{title}}" ({{number}}) to {{contest}} passed the administrative selection and will be judged by the jury.\nFollow its status at:\n{{link}}',
      },
      failed: {
        subject: 'Administrative selection of entry {{number}} — {{contest}}',
        text: 'Dear {{name}},\n\nYour entry "{{title}}" ({{number}}) to {{contest}} did not pass the administrative selection.\nReason: {{reason}}\n\nThank you for taking part. The details are at:\n{{link}}',
      },
    },
  },
  notification: {
    contests: {
      entrySubmitted: 'Your entry "{{title}}" to {{contest}} was received with number {{number}}.',
      entryPassed: 'Your entry "{{title}}" to {{contest}} passed the administrative selection.',
      entryFailed: 'Your entry "{{title}}" to {{contest}} did not pass the administrative selection. Reason: {{reason}}',
    },
  },
};
