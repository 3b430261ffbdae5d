import { Module } from '@nestjs/common';
import { registerAggregates } from '../commands/command-catalogue';
import { membershipAggregate } from './membership.aggregate';
import { MembershipTotalsController } from './membership-totals.controller';

@Module({ controllers: [MembershipTotalsController], providers: [registerAggregates(membershipAggregate)] })
export class MembershipTotalsModule {}
