/**
 * The organization's own work a summary states as figures, apart from the activities it holds
 * and a hospital's operating figures: what its secretariat handled (收发文件, 函件, 合作协议), the
 * tasks it did for its supervising authorities, its emergency and epidemic response, the
 * examinations it ran on an authority's behalf, what it gave or posted for others. Each measure
 * has its unit and the report section that states it.
 */

/** The report section a measure is stated in: 培训, 公益, 宣传, 应急与疫情防控, 自身建设. */
export type WorkSection = 'training' | 'welfare' | 'publicity' | 'emergency' | 'self-building';

export interface WorkMeasureDefinition {
  /** What is counted, as the sentence before the number says it: 收发处理各类文件(193件). */
  zh: string;
  en: string;
  /** The measure word after the number: 件, 次, 人次, 名, 份, 台, 个. */
  unit: string;
  section: WorkSection;
}

const m = (zh: string, en: string, unit: string, section: WorkSection): WorkMeasureDefinition => ({ zh, en, unit, section });

export const WORK_MEASURES = {
  // the secretariat (秘书处) and the tasks of its supervising authorities
  documentsHandled: m('收发处理各类文件', 'documents received and processed', '件', 'self-building'),
  lettersSent: m('发出各类函件', 'letters sent', '件', 'self-building'),
  agreementsSigned: m('签订合作协议', 'cooperation agreements signed', '件', 'self-building'),
  superiorTasksAttended: m(
    '参与上级主管部门组织的专题会议、调研活动',
    'meetings and surveys of the supervising authorities taken part in',
    '次',
    'self-building',
  ),
  externalPartyActivitiesAttended: m(
    '参加上级党组织的党建培训及党建活动',
    'party trainings and activities of superior party bodies attended',
    '次',
    'self-building',
  ),
  staffClassesHeld: m('开展提升工作人员能力学习班', 'staff capability classes held', '次', 'self-building'),
  // emergency and epidemic response (应急处置, 疫情防控)
  emergencyDrills: m('开展应急演练', 'emergency drills held', '次', 'emergency'),
  medicalStaffDeployed: m('派出医疗队队员', 'medical staff deployed with a medical team', '人', 'emergency'),
  vehiclesScreened: m('检测点排查车辆', 'vehicles screened at checkpoints', '台次', 'emergency'),
  travellersScreened: m('检测点排查旅客', 'travellers screened at checkpoints', '人次', 'emergency'),
  consultationsAndContactScreenings: m(
    '开展院外会诊、密切接触病例排查',
    'external consultations and close-contact screenings',
    '人次',
    'emergency',
  ),
  patientsGivenTcmCare: m(
    '为外院收治的新冠肺炎患者提供中医中药服务',
    'COVID-19 patients of other hospitals given TCM care',
    '名',
    'emergency',
  ),
  // examinations and assessments conducted on an authority's behalf (受委托考试、考核)
  examCandidates: m('受委托完成考试、考核', "candidates examined or assessed on an authority's behalf", '名', 'training'),
  // given or posted for others
  healthMaterialsDistributed: m('发放健康教育资料', 'health-education materials handed out', '份', 'welfare'),
  equipmentDonated: m('捐赠急救设备', 'emergency equipment donated', '台', 'welfare'),
  jobFairSpecialties: m('发布招聘信息涉及专业', 'specialties covered by the jobs posted', '个', 'welfare'),
  jobFairPositions: m('发布招聘岗位', 'positions posted', '个', 'welfare'),
  jobFairOpenings: m('发布招聘数量', 'openings posted', '个', 'welfare'),
  // talks and report meetings for staff and the public (宣讲, 报告会)
  talksHeld: m('开展宣讲报告会', 'talks and report meetings held', '场次', 'publicity'),
} as const satisfies Record<string, WorkMeasureDefinition>;

export type WorkMeasure = keyof typeof WORK_MEASURES;

export const WORK_MEASURE_KEYS = Object.keys(WORK_MEASURES) as WorkMeasure[];

export const isWorkMeasure = (key: unknown): key is WorkMeasure => typeof key === 'string' && Object.hasOwn(WORK_MEASURES, key);

/** The yearly-summary figure of a measure: work.<measure>. */
export type WorkIndicatorKey = `work.${WorkMeasure}`;
export const workIndicatorKey = (measure: WorkMeasure): WorkIndicatorKey => `work.${measure}`;
