import { Prng } from '../../core/prng.js';
import type { GoToAccount } from '../account.js';
import { DAY, HOUR, MINUTE } from '../time.js';
import type { Training, TrainingRegistrant, TrainingSession } from './model.js';

const NAMES = ['Agent onboarding', 'Advanced ticket routing', 'Reporting for managers', 'Macros and automations', 'Knowledge base authoring', 'Voice channel setup'] as const;

export const TRAINING_SEED_SIZES = { completed: 4, ongoing: 1, upcoming: 3, registrants: [4, 16] } as const;

/**
 * Trainings of a seed: four completed (report sessions and attendees), one ongoing (its first
 * day held, its second ahead), three ahead. A pure function of its inputs.
 */
export function generateTrainings(seed: number, account: GoToAccount, nowMs: number): { trainings: Training[]; random: Prng } {
  const random = new Prng(seed, 'goto-training');
  const hosts = account.organizers.filter((organizer) => organizer.status === 'active' && organizer.products.includes('G2T'));
  const dayStart = Math.floor(nowMs / DAY) * DAY;
  let trainingId = random.int(300_000_000, 400_000_000);
  const trainings: Training[] = [];
  const { completed, ongoing, upcoming } = TRAINING_SEED_SIZES;
  for (let i = 0; i < completed + ongoing + upcoming; i++) {
    const kind = i < completed ? 'completed' : i < completed + ongoing ? 'ongoing' : 'upcoming';
    const hour = random.int(9, 15) * HOUR;
    const startMs =
      kind === 'completed' ? dayStart - random.int(5, 60) * DAY + hour : kind === 'ongoing' ? dayStart - 2 * DAY + hour : dayStart + random.int(3, 45) * DAY + hour;
    const days = kind === 'ongoing' ? 4 : random.int(1, 2);
    const times = Array.from({ length: days }, (_, n) => ({ startMs: startMs + n * DAY, endMs: startMs + n * DAY + 2 * HOUR }));
    const registrants: TrainingRegistrant[] = random
      .sample(account.people, random.int(TRAINING_SEED_SIZES.registrants[0], TRAINING_SEED_SIZES.registrants[1]))
      .map((person) => ({
        registrantKey: account.keys.next('registrant'),
        person,
        status: random.weighted([['APPROVED', 92], ['WAITING', 5], ['DENIED', 3]] as const),
        registrationMs: startMs - random.int(1, 30) * DAY,
      }));
    const sessions: TrainingSession[] = times
      .filter((time) => time.endMs < nowMs)
      .map((time) => ({
        sessionKey: account.keys.next('trainingSession'),
        ...time,
        attendees: registrants
          .filter((registrant) => registrant.status === 'APPROVED' && random.chance(0.7))
          .map((registrant) => {
            const joinMs = time.startMs + random.int(0, 15) * MINUTE;
            return { person: registrant.person, inSession: [{ startMs: joinMs, endMs: Math.max(joinMs + MINUTE, time.endMs - random.int(0, 30) * MINUTE) }] };
          }),
      }));
    trainingId += random.int(1, 99_999);
    trainings.push({
      trainingKey: account.keys.next('training'),
      trainingId: String(trainingId),
      name: random.pick(NAMES),
      description: 'Hands-on training with exercises.',
      timeZone: 'Europe/London',
      times,
      organizerKeys: [random.pick(hosts).organizerKey],
      registrants,
      sessions,
    });
  }
  return { trainings, random };
}
