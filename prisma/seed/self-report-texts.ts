/** The sections of a 自查报告, named as the SelfReport columns they fill. */
export interface ReportSections {
  workDone: string;
  highlights: string;
  problemsFound: string;
  rectificationPlan: string;
  experience: string;
  brands: readonly { name: string; description: string }[];
  innovationCases: readonly { title: string; summary: string }[];
}

const EMPTY: ReportSections = {
  workDone: "",
  highlights: "",
  problemsFound: "",
  rectificationPlan: "",
  experience: "",
  brands: [],
  innovationCases: [],
};

export const YANCAO_INTERNAL: ReportSections = {
  workDone:
    "局党组对照内部观摩评分细则逐项自查。在制定和落实党组议事规则和议事清单的基础上，要求各支部制定议事规则和议事清单，" +
    "将“重大经营事项”列入支部议事规则和议事清单，充分发挥党组会和支委会的前置作用。",
  highlights:
    "着眼“融”字，打造“五共”党建工作法，以生产经营、改革发展中的重点难点任务为突破口融入党建工作内容，共创立支部党建品牌17个；" +
    "物流配送中心在自动化生产线旁设立“学习角”，推行“支部建在车间、党员挂点班组、党员帮扶群众”；营销中心构建“6+6党建工作体系”，开展沉浸式党员教育。",
  problemsFound: "部分支部党建品牌内涵提炼不够，品牌之间同质化；基层党务干部数字化平台应用能力参差不齐。",
  rectificationPlan:
    "2022年7月底前完成17个支部品牌的梳理评估，形成“一支部一品牌”手册；9月底前完成党务干部智能化党建平台轮训。",
  experience: "党建与业务“相融互促”：把重点难点任务作为党建工作突破口，让基层党建从“有形覆盖”向“有效覆盖”转变。",
  brands: [
    {
      name: "“五共”党建工作法",
      description: "以共学、共建、共融、共创、共享推动党务与业务互促互进，是全局17个支部品牌的总纲。",
    },
    { name: "红色物流·智慧仓储", description: "物流配送中心党支部品牌：党员挂点班组，学习角建在生产线旁。" },
    { name: "零售户之家", description: "营销中心党支部品牌：党建向党员零售户、形象店、基层群众延伸。" },
    { name: "专卖铁军", description: "专卖稽查党支部品牌：党员带头依法行政、规范执法。" },
    { name: "清风烟草", description: "机关党支部品牌：廉洁文化与日常考核有机融合。" },
  ],
  innovationCases: [
    {
      title: "党建向党员零售户、形象店、基层群众“三延伸” 打通区域市场“红色脉络”",
      summary: "营销中心党支部把党建触角延伸到零售终端，党员客户经理联系党员零售户，带动区域市场规范经营。",
    },
    {
      title: "创新数据化载体 打造智能化党建",
      summary: "用数据化平台管理“三会一课”和党员积分，党建工作过程留痕、成效可量化。",
    },
    {
      title: "党建进车间",
      summary: "物流配送中心党支部在车间建立“学习角”等党建阵地，宣讲政策、开展业务指导、解决班组困难。",
    },
  ],
};

export const JIAOTOU_INTERNAL: ReportSections = {
  workDone: "集团党委对照评分细则开展自查，客运、工程两个板块党总支完成标准化建设，汽车总站“红色驿站”投入使用。",
  highlights: "春运期间组建党员突击队24支，候车大厅党员服务岗全天在岗；高速公路项目党支部把党员先锋岗设在关键工序。",
  problemsFound: "工程项目临时党支部组织生活记录不够规范；公交板块党员年龄结构偏大。",
  rectificationPlan: "8月底前完成项目临时党支部台账规范化；年内发展一线司机党员不少于6名。",
  experience: "“红色驿站”把党员服务融入客运服务，群众满意度提升。",
  brands: [{ name: "交通先锋", description: "客运板块党建品牌，党员示范车厢、党员服务岗全覆盖。" }],
  innovationCases: [
    { title: "党旗飘在项目上", summary: "高速公路项目临时党支部与施工单位联建，党员先锋岗保障关键节点。" },
  ],
};

export const CHENGTOU_INTERNAL: ReportSections = {
  workDone: "集团党委以项目建设党总支为重点，推动项目一线党支部全覆盖，安置房项目党建驿站建成使用。",
  highlights: "党员包干质量安全节点，项目党支部联系回迁群众，安置房项目提前交付。",
  problemsFound: "个别项目党支部阵地建设薄弱，活动场所临时借用；物业板块党建与服务融合不够。",
  rectificationPlan: "7月底前为城市更新项目党支部落实固定活动场所；物业公司党支部年内推出党员服务承诺。",
  experience: "项目一线党建：党旗插在工地上，党员站在节点上。",
  brands: [{ name: "城建先锋", description: "项目建设板块党建品牌。" }],
  innovationCases: [{ title: "安置房项目“党建驿站”", summary: "在工地设立党建驿站，集学习、议事、群众接待于一体。" }],
};

export const GONGDIAN_INTERNAL: ReportSections = {
  workDone: "局党委推进“党建+供电服务”，客户服务中心党支部、变电管理所党总支完成示范创建。",
  highlights: "“电网先锋”党员服务队承诺限时响应，党建品牌与供电服务指标挂钩，客户满意度居全省前列。",
  problemsFound: "变电检修党支部党员教育形式较单一。",
  rectificationPlan: "9月底前在变电检修党支部推广“班前十分钟微党课”。",
  experience: "把党建文化与企业文化、日常考核相结合。",
  brands: [{ name: "电网先锋", description: "党员服务队品牌。" }],
  innovationCases: [{ title: "党建+供电服务", summary: "党员服务队与供电服务指标挂钩，党员带头抢修保供。" }],
};

/** 市水务集团 was returned once: the first version listed its problems too loosely. */
export const SHUIWU_INTERNAL_FIRST: Partial<ReportSections> = {
  problemsFound: "党员教育方式有待丰富。",
  rectificationPlan: "下一步加强党员教育。",
};

export const SHUIWU_INTERNAL: ReportSections = {
  workDone: "集团党委对照评分细则逐项自查，供水板块党总支和江北水厂、水质检测中心党支部完成标准化建设。",
  highlights: "江北水厂生产班组设党员责任区和党员示范岗，水质保障攻坚由党员带头；水质检测中心打造“清源先锋”品牌。",
  problemsFound:
    "一是党员教育以集中学习为主，沉浸式、数字化手段运用不足；二是排水公司党支部1个党小组超期未调整；三是支部议事清单对“重大经营事项”列举不够具体。",
  rectificationPlan:
    "一是10月底前建成集团党员教育数字平台并开展沉浸式教育；二是6月底前完成党小组调整；三是8月底前修订各支部议事清单，明确前置研究事项。责任人：集团党委办公室。",
  experience: "党员责任区与生产班组一一对应，党建考核与水质指标挂钩。",
  brands: [{ name: "清源先锋", description: "水质检测中心党支部品牌，检测“零差错”。" }],
  innovationCases: [
    { title: "党员责任区进班组", summary: "江北水厂把党员责任区划到每个生产班组，党员带头攻坚水质保障。" },
  ],
};

export const GANGTOU_INTERNAL: ReportSections = {
  workDone: "集团党委开展自查，荃湾港区党支部设立党员先锋岗。",
  highlights: "码头作业区党员带班保障生产安全。",
  problemsFound: "存在一些不足。",
  rectificationPlan: "逐步整改。",
  experience: "党员先锋岗进码头。",
  brands: [],
  innovationCases: [],
};

export const DESAY_INTERNAL: ReportSections = {
  workDone: "集团党委推动制造板块党总支和研发中心党支部对标提升，“红色车间”建设覆盖两个工业园。",
  highlights: "生产线设党员示范岗和质量攻关党员突击队，党员技能带徒。",
  problemsFound: "党建品牌特色不够鲜明，与研发、制造业务结合不够紧密。",
  rectificationPlan: "9月底前完成品牌梳理，研发中心党支部推出“党员创新工作室”。",
  experience: "党员技能带徒与技术攻关相结合。",
  brands: [{ name: "红色车间", description: "制造板块党建品牌。" }],
  innovationCases: [],
};

/** The secretary's cross-phase report, still being written. */
export const SHUIWU_CROSS_DRAFT: ReportSections = {
  ...EMPTY,
  workDone: "交叉观摩阶段，集团党委组织各支部学习惠州烟草、惠州供电局等单位经验，对照内部观摩查找的问题开展整改。",
  highlights: "集团党员教育数字平台已上线试运行，江北水厂开展沉浸式党员教育两期。",
};

export const GUOTOU_CROSS: ReportSections = {
  workDone: "集团党委对照交叉观摩评分细则自查，落实内部观摩反馈问题整改。",
  highlights: "重大投资项目全部列入支部议事清单，支部书记参与项目评审。",
  problemsFound: "金融服务党支部党员作用发挥载体不多。",
  rectificationPlan: "10月底前在金融服务党支部设立党员示范岗。",
  experience: "支部前置研究重大投资项目。",
  brands: [{ name: "资本赋能", description: "投资运营党支部品牌。" }],
  innovationCases: [{ title: "支部书记进项目评审会", summary: "重大投资项目评审必经支部前置研究，支部书记列席评审。" }],
};

export const YIDONG_CROSS: ReportSections = {
  workDone: "分公司党委以“5G+智慧党建”为抓手，网络部、政企客户部党支部开展交叉学习。",
  highlights: "党员服务队驻点服务数字政府项目；5G党建展厅开展沉浸式党员教育。",
  problemsFound: "县区分公司党支部阵地建设不均衡。",
  rectificationPlan: "年内完成县区分公司党员活动室标准化改造。",
  experience: "用数字化手段开展党员教育。",
  brands: [{ name: "5G+智慧党建", description: "网络部党支部品牌。" }],
  innovationCases: [{ title: "党建+数字政府", summary: "政企客户部党支部与政务部门党建共建，服务数字政府建设。" }],
};
