import type { DeepStrings } from './deep-strings.js';

/**
 * Server texts (errors, e-mail, notifications) of citizen accounts and the idea bank (top-level
 * keys `citizen`, `ideas`). Indonesian first; English must have the same keys. The catalogue merges
 * deeply, so this file also adds the notification texts of its kinds (`notification.ideas.*`,
 * `notification.follow.*`), the error code `error.EMAIL_NOT_VERIFIED` and one validation message.
 */
export const messagesIdeasId = {
  citizen: {
    privacy: {
      title: 'Pemberitahuan privasi',
      version: '2026-11',
      p1: '{{controller}} mengelola akun Anda di Lumbung untuk menerima ide, dukungan, dan komentar Anda tentang inovasi daerah.',
      p2: 'Kami menyimpan nama, alamat surel, dan kata sandi Anda (tersandi). Alamat surel hanya dipakai untuk verifikasi akun dan pemberitahuan; tidak pernah ditampilkan di halaman publik.',
      p3: 'Nama Anda tampil bersama ide dan komentar yang sudah diterbitkan. Ide dan komentar diperiksa moderator sebelum terbit; nomor telepon, NIK, NIP, dan alamat surel di dalam teks disamarkan.',
      p4: 'Data Anda tidak dijual atau dibagikan kepada pihak lain kecuali diwajibkan peraturan perundang-undangan.',
      p5: 'Anda dapat meminta akun dan data Anda dihapus dengan menghubungi {{controller}}.',
    },
    mail: {
      verify: {
        subject: 'Verifikasi alamat surel akun Lumbung — {{body}}',
        text: 'Yth. {{name}},\n\nTerima kasih telah mendaftar di Lumbung, portal inovasi daerah {{body}}.\nVerifikasi alamat surel Anda melalui tautan berikut (berlaku {{hours}} jam, sekali pakai):\n\n{{link}}\n\nAbaikan surel ini jika Anda tidak mendaftar.',
      },
      taken: {
        subject: 'Pendaftaran akun Lumbung — {{body}}',
        text: 'Yth. {{name}},\n\nSeseorang mencoba mendaftar di Lumbung dengan alamat surel ini, padahal akun Anda sudah ada.\nMasuk di {{signIn}}. Jika lupa kata sandi, aturlah ulang di {{reset}}.\n\nAbaikan surel ini jika bukan Anda yang mendaftar; akun Anda tidak berubah.',
      },
    },
  },
  ideas: {
    error: {
      reasonRequired: 'Tuliskan alasan penolakan; penulis perlu tahu mengapa.',
      alreadyDecided: 'Keputusan ini sudah tercatat sebelumnya.',
      decidedOtherwise: 'Ide atau komentar ini sudah diputuskan lain dan tidak dapat dimoderasi lagi.',
      notEditable: 'Ide hanya dapat diubah penulisnya selama menunggu moderasi.',
      notPublished: 'Ide ini belum diterbitkan.',
      ownIdea: 'Anda tidak dapat mendukung ide Anda sendiri.',
      supportClosed: 'Ide ini sudah ditugaskan ke unit; dukungan sudah ditutup.',
      notAssignable: 'Hanya ide yang sudah terbit dan belum ditugaskan yang dapat ditugaskan ke unit.',
      unitUnknown: 'Unit tidak dikenal atau tidak aktif di daerah ini.',
      affairUnknown: 'Urusan "{{code}}" tidak dikenal.',
      tooManyFiles: 'Sebuah ide paling banyak memiliki {{max}} lampiran.',
      fileRefused: 'Lampiran harus berupa PDF, JPG, atau PNG (diperiksa dari isi berkas).',
      fileTooLarge: 'Lampiran paling besar {{mb}} MB.',
    },
    proposalNote: 'Dari bank ide: "{{title}}" oleh {{author}}.',
  },
  notification: {
    ideas: {
      published: 'Ide Anda "{{title}}" sudah diterbitkan di bank ide.',
      rejected: 'Ide Anda "{{title}}" tidak diterbitkan. Alasan: {{reason}}',
      assigned: 'Ide Anda "{{title}}" ditugaskan kepada {{unit}} sebagai usulan inovasi.',
      proposal: 'Usulan inovasi baru dari bank ide untuk {{unit}}: "{{title}}".',
      commentPublished: 'Komentar Anda pada ide "{{title}}" sudah diterbitkan.',
      commentRejected: 'Komentar Anda pada ide "{{title}}" tidak diterbitkan. Alasan: {{reason}}',
    },
    follow: {
      ideaPublished: 'Ide yang Anda ikuti, "{{title}}", sudah diterbitkan.',
      ideaAssigned: 'Ide yang Anda ikuti, "{{title}}", ditugaskan kepada {{unit}} sebagai usulan inovasi.',
      innovationStage: 'Inovasi yang Anda ikuti, "{{title}}", memasuki tahap {{stage}}.',
      innovationUpdated: 'Profil inovasi yang Anda ikuti, "{{title}}", diperbarui.',
    },
  },
  error: {
    EMAIL_NOT_VERIFIED: 'Alamat surel akun ini belum diverifikasi. Buka tautan di surel pendaftaran atau minta tautan baru.',
  },
  validation: {
    privacyNotAccepted: 'Setujui pemberitahuan privasi untuk mendaftar.',
  },
};

export const messagesIdeasEn: DeepStrings<typeof messagesIdeasId> = {
  citizen: {
    privacy: {
      title: 'Privacy notice',
      version: '2026-11',
      p1: '{{controller}} keeps your Lumbung account to receive your ideas, support and comments on the region\'s innovations.',
      p2: 'We store your name, e-mail address and password (hashed). The e-mail address is used only to verify the account and for notifications; it never appears on a public page.',
      p3: 'Your name appears with your published ideas and comments. Moderators check ideas and comments before they are published; phone numbers, NIK, NIP and e-mail addresses in the text are masked.',
      p4: 'Your data is not sold or shared with others unless the law requires it.',
      p5: 'You may ask {{controller}} to delete your account and data.',
    },
    mail: {
      verify: {
        subject: 'Verify the e-mail address of your Lumbung account — {{body}}',
        text: 'Dear {{name}},\n\nThank you for registering on Lumbung, the regional innovation portal of {{body}}.\nVerify your e-mail address with this link (valid {{hours}} hours, single use):\n\n{{link}}\n\nIgnore this e-mail if you did not register.',
      },
      taken: {
        subject: 'Lumbung registration — {{body}}',
        text: 'Dear {{name}},\n\nSomeone tried to register on Lumbung with this e-mail address, but you already have an account.\nSign in at {{signIn}}. If you forgot your password, reset it at {{reset}}.\n\nIgnore this e-mail if it was not you; your account is unchanged.',
      },
    },
  },
  ideas: {
    error: {
      reasonRequired: 'Give a reason for the rejection; the author needs to know why.',
      alreadyDecided: 'This decision was already recorded.',
      decidedOtherwise: 'This idea or comment was already decided otherwise and cannot be moderated again.',
      notEditable: 'Only the author can change an idea, and only while it waits for moderation.',
      notPublished: 'This idea is not published.',
      ownIdea: 'You cannot support your own idea.',
      supportClosed: 'This idea has been assigned to a unit; support is closed.',
      notAssignable: 'Only a published idea that is not yet assigned can be assigned to a unit.',
      unitUnknown: 'Unknown or inactive unit in this region.',
      affairUnknown: 'Unknown affair "{{code}}".',
      tooManyFiles: 'An idea has at most {{max}} attachments.',
      fileRefused: 'Attachments must be PDF, JPG or PNG (judged by the file\'s content).',
      fileTooLarge: 'An attachment is at most {{mb}} MB.',
    },
    proposalNote: 'From the idea bank: "{{title}}" by {{author}}.',
  },
  notification: {
    ideas: {
      published: 'Your idea "{{title}}" is published in the idea bank.',
      rejected: 'Your idea "{{title}}" was not published. Reason: {{reason}}',
      assigned: 'Your idea "{{title}}" was assigned to {{unit}} as an innovation proposal.',
      proposal: 'A new innovation proposal from the idea bank for {{unit}}: "{{title}}".',
      commentPublished: 'Your comment on the idea "{{title}}" is published.',
      commentRejected: 'Your comment on the idea "{{title}}" was not published. Reason: {{reason}}',
    },
    follow: {
      ideaPublished: 'The idea you follow, "{{title}}", is published.',
      ideaAssigned: 'The idea you follow, "{{title}}", was assigned to {{unit}} as an innovation proposal.',
      innovationStage: 'The innovation you follow, "{{title}}", entered the {{stage}} stage.',
      innovationUpdated: 'The profile of the innovation you follow, "{{title}}", was updated.',
    },
  },
  error: {
    EMAIL_NOT_VERIFIED: 'The e-mail address of this account is not verified yet. Open the link in the registration e-mail or ask for a new one.',
  },
  validation: {
    privacyNotAccepted: 'Accept the privacy notice to register.',
  },
};
