import type { DeepStrings } from './deep-strings.js';

/**
 * Server texts of the innovation lab and action plans (top-level key `lab`), plus the lab's own
 * validation messages (`validation.lab.*`), the failure of a letter run (`error.labNoUnitsWithoutPlan`,
 * an `error.` key so the export dialog shows it), the reminder notification and its e-mail subject.
 * Indonesian first; English must have the same keys.
 */
export const messagesLabId = {
  lab: {
    error: {
      unitUnknown: 'Ada unit yang tidak dikenal di daerah ini.',
      unitHasPlans: 'Unit berikut sudah punya rencana aksi dan tidak dapat dikeluarkan dari kohort: {{units}}.',
      ideaUnknown: 'Ide tidak ditemukan di daerah ini.',
      ideaNotPublished: 'Hanya ide yang sudah terbit yang dapat masuk tahap diagnosis.',
      innovationNotParticipating: 'Pilih inovasi milik unit peserta kohort ini.',
      planExists: 'Inovasi ini sudah punya rencana aksi di kohort ini.',
      planChanged: 'Rencana aksi ini baru saja diubah orang lain. Muat ulang untuk melihat versi terbaru, lalu ulangi perubahan Anda.',
      planAlreadySubmitted: 'Rencana aksi ini sudah diserahkan.',
      planNoMilestones: 'Tambahkan paling sedikit satu tonggak sebelum menyerahkan rencana aksi.',
      planMilestoneIncomplete: 'Setiap tonggak perlu judul dan penanggung jawab.',
      planMilestoneAfterCohort: 'Ada tonggak yang jatuh tempo setelah kohort berakhir ({{date}}).',
    },
  },
  validation: {
    lab: {
      stageOrder: 'Isi kelima tahap laboratorium secara berurutan: drum-up, diagnosis, desain, penerapan, pameran.',
      stageEndBeforeStart: 'Tanggal selesai tidak boleh sebelum tanggal mulai.',
      stageOverlap: 'Tahap harus dimulai setelah tahap sebelumnya selesai.',
      stageDate: 'Isi tanggal yang lengkap.',
      deadline: 'Isi batas waktu rencana aksi dengan tanggal dan jam.',
      letterCohort: 'Pilih kohort laboratorium untuk surat rencana aksi.',
    },
  },
  error: {
    labNoUnitsWithoutPlan: 'Semua unit peserta sudah menyerahkan rencana aksi tepat waktu, atau batas waktunya belum lewat; tidak ada surat yang perlu dibuat.',
  },
  notification: {
    reminder: {
      actionPlan: 'Batas penyerahan rencana aksi inovasi kohort {{cohort}} adalah {{closes}} ({{days}} hari lagi). {{unit}} belum menyerahkan rencana aksi.',
    },
  },
  mail: {
    lab: {
      reminderSubject: 'Pengingat Lumbung: {{days}} hari lagi batas penyerahan rencana aksi {{cohort}}',
    },
  },
};

export const messagesLabEn: DeepStrings<typeof messagesLabId> = {
  lab: {
    error: {
      unitUnknown: 'A unit is not known in this region.',
      unitHasPlans: 'These units already have action plans and cannot leave the cohort: {{units}}.',
      ideaUnknown: 'Idea not found in this region.',
      ideaNotPublished: 'Only published ideas can enter the diagnose stage.',
      innovationNotParticipating: 'Choose an innovation of a unit taking part in this cohort.',
      planExists: 'This innovation already has an action plan in this cohort.',
      planChanged: 'Someone else has just changed this action plan. Reload to see the latest version, then make your change again.',
      planAlreadySubmitted: 'This action plan has already been handed in.',
      planNoMilestones: 'Add at least one milestone before handing in the action plan.',
      planMilestoneIncomplete: 'Every milestone needs a title and an owner.',
      planMilestoneAfterCohort: 'A milestone is due after the cohort ends ({{date}}).',
    },
  },
  validation: {
    lab: {
      stageOrder: 'Fill in all five lab stages in order: drum-up, diagnose, design, deliver, display.',
      stageEndBeforeStart: 'The end date may not be before the start date.',
      stageOverlap: 'A stage must start after the previous one ends.',
      stageDate: 'Enter a complete date.',
      deadline: 'Enter the action plan deadline as a date and time.',
      letterCohort: 'Choose the lab cohort for action plan letters.',
    },
  },
  error: {
    labNoUnitsWithoutPlan: 'Every participating unit handed in its action plan on time, or the deadline has not passed yet; there is no letter to make.',
  },
  notification: {
    reminder: {
      actionPlan: 'The action plan deadline of cohort {{cohort}} is {{closes}} ({{days}} days left). {{unit}} has not handed in an action plan.',
    },
  },
  mail: {
    lab: {
      reminderSubject: 'Lumbung reminder: {{days}} days left to hand in the action plan for {{cohort}}',
    },
  },
};
