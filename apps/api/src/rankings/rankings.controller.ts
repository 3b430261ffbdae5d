import { Body, Controller, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { defined, ranking } from '@assocflow/domain';
import type { AuthenticatedRequest } from '../auth/api-key.guard';
import { CommandEndpoint } from '../commands/command-endpoint';
import { respond, type CommandAccepted } from '../commands/command-response';
import { commandContextOf, expectedRevisionOf } from '../commands/request-context';
import { IdParam, TenantParam } from '../commands/tenant-param';
import { AggregateCommand } from '../commands/aggregate-command';
import { rankingAggregate } from './ranking.aggregate';
import { CorrectRankingDto, RecordRankingDto, RetractRankingDto, type RankingResultDto } from './ranking.dto';

const sourceOf = (s: { document: string; section?: string }): ranking.RankingSource => ({
  document: s.document,
  ...(s.section !== undefined ? { section: s.section } : {}),
});
const resultsOf = (results: RankingResultDto[]): ranking.RankingResult[] =>
  results.map((r) => ({
    scope: { level: r.scope.level, ...(r.scope.area !== undefined ? { area: r.scope.area } : {}) },
    rank: r.rank,
    ...(r.of !== undefined ? { of: r.of } : {}),
  }));

/** 排名: ranks the organization obtained in assessments (全国第39位, 四川第3位, 全国533家中第64位). */
@ApiTags('rankings')
@ApiBearerAuth()
@Controller('v1/orgs/:tenant/rankings')
export class RankingsController {
  constructor(private readonly commands: CommandBus) {}

  private send(
    tenant: string,
    rankingId: string,
    command: ranking.RankingCommand,
    req: AuthenticatedRequest,
    reply: FastifyReply,
  ): Promise<CommandAccepted> {
    const message = AggregateCommand.to(rankingAggregate, rankingId, command, commandContextOf(req, tenant), expectedRevisionOf(req));
    return this.commands.execute(message).then((result) => respond(reply, result));
  }

  @CommandEndpoint('', "Record a ranking (排名): an assessment's ranks by scope, as stated")
  record(
    @TenantParam() tenant: string,
    @Body() dto: RecordRankingDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const data = {
      ...defined(dto),
      results: resultsOf(dto.results),
      ...(dto.source ? { source: sourceOf(dto.source) } : {}),
    } as ranking.RecordRanking['data'];
    return this.send(tenant, dto.rankingId, { type: 'RecordRanking', data }, req, reply);
  }

  @CommandEndpoint(':rankingId/corrections', 'Correct a ranking')
  correct(
    @TenantParam() tenant: string,
    @IdParam('rankingId') rankingId: string,
    @Body() dto: CorrectRankingDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const c = dto.changes;
    const changes: ranking.RankingChanges = {
      ...defined(c),
      ...(c.results ? { results: resultsOf(c.results) } : {}),
      ...(c.source ? { source: sourceOf(c.source) } : {}),
    };
    return this.send(
      tenant,
      rankingId,
      { type: 'CorrectRanking', data: { rankingId, correctedOn: dto.correctedOn, changes, reason: dto.reason } },
      req,
      reply,
    );
  }

  @CommandEndpoint(':rankingId/retraction', 'Retract a ranking entered in error')
  retract(
    @TenantParam() tenant: string,
    @IdParam('rankingId') rankingId: string,
    @Body() dto: RetractRankingDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.send(tenant, rankingId, { type: 'RetractRanking', data: { rankingId, ...dto } }, req, reply);
  }
}
