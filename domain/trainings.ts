import type { Attendance } from './registrations.js';

/** A GoToTraining training. */
export interface Training {
  vendor: 'gototraining';
  /** `organizerKey.trainingKey` (the organizer whose path reaches it). */
  vendorId: string;
  trainingKey: string;
  organizerKey: string;
  organizerKeys: string[];
  number: string | null;
  name: string;
  description: string;
  times: { start: string; end: string }[];
  timeZone: string;
}

/** Attendance at a held training session, with the training's name (the reports API names the training, not its key). */
export type TrainingAttendance = Attendance & { trainingName: string };
