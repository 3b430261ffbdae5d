import { ApiProperty } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CommandResult } from '@assocflow/commanding';

class RecordedEventRef {
  @ApiProperty({ example: 'a3f1c2d4-5b6e-5f70-8a91-b2c3d4e5f607' }) id!: string;
  @ApiProperty({ example: 'BranchFounded' }) type!: string;
}

/** The answer to every accepted command; the same answer again for a retried request. */
export class CommandAccepted {
  @ApiProperty({ example: 'branch-sichuan.rehab' }) streamId!: string;
  @ApiProperty({
    description: 'Stream revision after the command, also sent as the ETag; null if the stream is still empty',
    example: '0',
    nullable: true,
    type: String,
  })
  revision!: string | null;
  @ApiProperty({
    description: 'Global position of the last event; pass it as ?minPosition= to read your own write',
    example: '42',
    nullable: true,
    type: String,
  })
  position!: string | null;
  @ApiProperty({ type: [RecordedEventRef], description: 'Events appended (empty when the command changed nothing)' })
  events!: RecordedEventRef[];
}

export function respond(reply: FastifyReply, result: CommandResult): CommandAccepted {
  if (result.revision !== null) void reply.header('etag', `"${result.revision}"`);
  if (result.replayed) void reply.header('idempotent-replayed', 'true');
  return {
    streamId: result.streamId,
    revision: result.revision?.toString() ?? null,
    position: result.position?.toString() ?? null,
    events: result.events,
  };
}
