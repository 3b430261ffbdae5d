import { Module } from '@nestjs/common';
import { registerAggregates } from '../commands/command-catalogue';
import { organizationAggregate } from './organization.aggregate';
import { OrganizationController } from './organization.controller';

@Module({ controllers: [OrganizationController], providers: [registerAggregates(organizationAggregate)] })
export class OrganizationModule {}
