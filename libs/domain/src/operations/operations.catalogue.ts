/**
 * The operating figures a hospital's work summary states (医院运营统计), as the product knows
 * them: what each measures, its unit, and how a change of it is stated. A hospital records them
 * from its statistical returns (统计报表), once a year or again to correct them.
 */
export type MeasureKind = 'count' | 'rate' | 'amount' | 'days';

export interface MeasureDefinition {
  zh: string;
  en: string;
  /** The unit after the number: 人次, 台次, %, 元, 天. */
  unit: string;
  kind: MeasureKind;
}

const m = (zh: string, en: string, unit: string, kind: MeasureKind = 'count'): MeasureDefinition => ({ zh, en, unit, kind });

export const OPERATING_MEASURES = {
  // service volume
  outpatientVisits: m('门诊', 'outpatient visits', '人次'),
  inpatientVisits: m('住院', 'inpatient stays', '人次'),
  surgeries: m('手术', 'surgeries', '台次'),
  interventionalProcedures: m('介入手术', 'interventional procedures', '台次'),
  emergencyDispatches: m('急救出车', 'ambulance dispatches', '台次'),
  criticalInpatients: m('急危重症住院患者', 'critically ill inpatients', '人次'),
  newTechniques: m('开展新技术、新疗法', 'new techniques and therapies', '项'),
  herbalDecoctionBags: m('代煎中药', 'herbal decoctions prepared', '袋'),
  preventiveHerbalDoses: m('预防中药', 'preventive herbal doses supplied', '付'),
  // quality and efficiency
  level34SurgeryShare: m('三、四级手术占比', 'share of level 3-4 surgeries', '%', 'rate'),
  medicalServiceIncomeShare: m('医务性收入占比', 'share of medical service income', '%', 'rate'),
  drugShare: m('药占比', 'drug share of income', '%', 'rate'),
  inpatientDrugShare: m('住院药占比', 'inpatient drug share of income', '%', 'rate'),
  consumablesPer100Yuan: m('百元医疗收入卫生材料消耗', 'consumables per 100 yuan of medical income', '元', 'amount'),
  nursingSatisfaction: m('护理满意度', 'nursing satisfaction', '%', 'rate'),
  complaints: m('服务投诉', 'service complaints', '件'),
  averageStay: m('平均住院日', 'average length of stay', '天', 'days'),
  clinicalPathwayDiseases: m('临床路径管理病种', 'diseases under clinical-pathway management', '个'),
  // research and teaching
  researchProjectsActive: m('在研课题', 'research projects under way', '项'),
  researchProjectsConcluded: m('课题结题', 'research projects concluded', '项'),
  patents: m('获国家专利', 'patents granted', '项'),
  papersPublished: m('发表学术论文', 'papers published', '篇'),
  studentsTaught: m('接收实习、见习生', 'interns and trainees taught', '人'),
  traineesReceived: m('接收基层进修生', 'primary-care trainees received', '人'),
  teachingPointEnrolled: m('教学点新招录学员', 'students enrolled at the teaching point', '人'),
  teachingPointExamined: m('教学点完成面授和考试学员', 'teaching-point students taught and examined', '名'),
  residentsEnrolled: m('招收规培生', 'residents enrolled', '名'),
  residentsInTraining: m('在培规培学员', 'residents in training', '人'),
  cmeCreditComplianceRate: m('卫技人员继教学分达标率', 'CME credit compliance of health technicians', '%', 'rate'),
  // staff
  talentRecruited: m('引进实用人才', 'staff recruited', '名'),
  staffSentForStudy: m('派出进修', 'staff sent for further study', '人'),
  staffShortCourses: m('参加上级短训', 'staff attendances at external short courses', '人次'),
  staffPromoted: m('晋升上一级职称', 'staff promoted', '名'),
  academicLeaders: m('省市学术技术带头人', 'provincial and municipal academic leaders', '人'),
  masterSupervisors: m('硕士研究生导师', "master's supervisors", '名'),
  // community
  povertyHouseholds: m('帮扶贫困户', 'poor households supported', '户'),
  povertyAidYuan: m('帮扶资金', 'poverty-aid funds', '元', 'amount'),
  povertyDonationYuan: m('扶贫捐款', 'poverty-aid donations', '元', 'amount'),
  povertyProductPurchasesYuan: m('采购扶贫产品', 'poverty-relief products purchased', '元', 'amount'),
  bloodDonatedMl: m('无偿献血', 'blood donated', '毫升'),
  mediaArticlesProvincial: m('省级以上媒体发表稿件', 'articles in provincial and national media', '篇'),
  mediaArticlesMunicipal: m('市级媒体采纳稿件', 'articles in municipal media', '篇'),
  covidPatientsTreated: m('收治新冠肺炎患者', 'COVID-19 patients treated', '人'),
} as const satisfies Record<string, MeasureDefinition>;

export type OperatingMeasure = keyof typeof OPERATING_MEASURES;

export const isOperatingMeasure = (key: unknown): key is OperatingMeasure =>
  typeof key === 'string' && Object.hasOwn(OPERATING_MEASURES, key);
