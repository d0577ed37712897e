import { z } from 'zod';
import { defineEvent } from '../../platform/events/domain-event';
import { clientStages, interactionKinds, satisfactionKinds, taskSources } from './schema';

// Contacts, interactions, stage changes and satisfaction belong to the client aggregate; tasks are their own.
const CLIENT = 'client';
const TASK = 'client_task';
const isoDate = z.string().describe('ISO 8601');

export const clientCreated = defineEvent({
  type: 'client.created',
  aggregateType: CLIENT,
  payload: z.object({
    clientId: z.number().int(),
    companyName: z.string(),
    stage: z.enum(clientStages),
    ownerUserId: z.number().int().nullable(),
    source: z.enum(['api', 'import', 'signup']),
  }),
});

export const clientUpdated = defineEvent({
  type: 'client.updated',
  aggregateType: CLIENT,
  payload: z.object({ clientId: z.number().int(), changedFields: z.array(z.string()) }),
});

export const clientStageChanged = defineEvent({
  type: 'client.stage_changed',
  aggregateType: CLIENT,
  payload: z.object({
    clientId: z.number().int(),
    fromStage: z.enum(clientStages),
    toStage: z.enum(clientStages),
    reason: z.string().nullable(),
  }),
});

export const clientArchived = defineEvent({
  type: 'client.archived',
  aggregateType: CLIENT,
  payload: z.object({ clientId: z.number().int(), reason: z.string().nullable() }),
});

export const clientRestored = defineEvent({
  type: 'client.restored',
  aggregateType: CLIENT,
  payload: z.object({ clientId: z.number().int() }),
});

export const clientDeleted = defineEvent({
  type: 'client.deleted',
  aggregateType: CLIENT,
  payload: z.object({ clientId: z.number().int(), companyName: z.string() }),
});

export const clientMerged = defineEvent({
  type: 'client.merged',
  aggregateType: CLIENT,
  payload: z.object({
    clientId: z.number().int().describe('The survivor'),
    duplicateId: z.number().int(),
    moved: z.record(z.string(), z.number().int()),
  }),
});

export const contactChanged = defineEvent({
  type: 'client.contact_changed',
  aggregateType: CLIENT,
  payload: z.object({
    clientId: z.number().int(),
    contactId: z.number().int(),
    change: z.enum(['created', 'updated', 'deleted']),
  }),
});

export const interactionLogged = defineEvent({
  type: 'interaction.logged',
  aggregateType: CLIENT,
  payload: z.object({
    clientId: z.number().int(),
    interactionId: z.number().int(),
    kind: z.enum(interactionKinds),
    occurredAt: isoDate,
    authorUserId: z.number().int().nullable(),
  }),
});

export const satisfactionRecorded = defineEvent({
  type: 'satisfaction.recorded',
  aggregateType: CLIENT,
  payload: z.object({
    clientId: z.number().int(),
    responseId: z.number().int(),
    kind: z.enum(satisfactionKinds),
    score: z.number().int(),
    ticketId: z.number().int().nullable(),
  }),
});

const taskFacts = {
  taskId: z.number().int(),
  clientId: z.number().int(),
  title: z.string(),
  dueAt: isoDate.nullable(),
  assigneeEmployeeId: z.number().int().nullable(),
};

export const taskCreated = defineEvent({
  type: 'task.created',
  aggregateType: TASK,
  payload: z.object({ ...taskFacts, source: z.enum(taskSources) }),
});

export const taskUpdated = defineEvent({
  type: 'task.updated',
  aggregateType: TASK,
  payload: z.object({ ...taskFacts, changedFields: z.array(z.string()) }),
});

export const taskCompleted = defineEvent({
  type: 'task.completed',
  aggregateType: TASK,
  payload: z.object(taskFacts),
});

export const taskDeleted = defineEvent({
  type: 'task.deleted',
  aggregateType: TASK,
  payload: z.object({ taskId: z.number().int(), clientId: z.number().int() }),
});

/** The reminder: an open task has come due (sent once per due date). */
export const taskDue = defineEvent({
  type: 'task.due',
  aggregateType: TASK,
  payload: z.object(taskFacts),
});
