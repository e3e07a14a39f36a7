import type { Transaction } from "@/lib/prisma-client";
import type { OrgKey, OrgRef } from "./enterprises";
import { findInserted, required } from "./lookup";

/**
 * 观摩点. The two 惠州烟草 sites are the article's; the rest are plausible sites for the other
 * enterprises (one or two each) so that tours of every phase have somewhere to go.
 */
interface SiteSeed {
  key: string;
  org: OrgKey;
  name: string;
  theme: string;
  highlights: string;
  address: string;
  capacity: number;
}

// Short sites on one line each: the data reads as the table it is.
// prettier-ignore
export const SITES = [
  {
    key: "yancao-logistics",
    org: "yancao-logistics",
    name: "惠州烟草物流配送中心",
    theme: "党建进车间",
    highlights:
      "在自动化入库、分装生产线旁设立“学习角”，宣讲党的政策方针、开展业务指导、解决班组困难；推行“支部建在车间、党员挂点班组、党员帮扶群众”的党建模式，让基层党建从“有形覆盖”向“有效覆盖”转变。",
    address: "惠州市惠城区水口街道烟草物流园",
    capacity: 40,
  },
  {
    key: "yancao-marketing",
    org: "yancao-marketing",
    name: "惠州烟草营销中心党员活动中心",
    theme: "6+6党建工作体系",
    highlights:
      "打造“五共”党建工作法，创立支部党建品牌17个；将“重大经营事项”列入支部议事规则和议事清单，发挥支委会前置作用；党员活动中心开展沉浸式党员教育。",
    address: "惠州市惠城区江北云山西路烟草大厦",
    capacity: 30,
  },
  { key: "shuiwu-jiangbei", org: "shuiwu-jiangbei", name: "江北水厂党员先锋站", theme: "党建护水源", highlights: "生产班组设党员责任区和党员示范岗，水质保障攻坚由党员带头。", address: "惠州市惠城区江北水厂", capacity: 30 },
  { key: "shuiwu-quality", org: "shuiwu-quality", name: "水质检测中心“清源”党建阵地", theme: "清源先锋", highlights: "检测实验室设党员攻关小组，把党建品牌融入水质检测“零差错”目标。", address: "惠州市惠城区河南岸水质检测中心", capacity: 20 },
  { key: "jiaotou-station", org: "jiaotou-station", name: "惠州汽车总站“红色驿站”", theme: "红色驿站暖旅途", highlights: "候车大厅设党员服务岗和红色驿站，春运期间党员突击队服务旅客。", address: "惠州市惠城区演达大道汽车总站", capacity: 45 },
  { key: "jiaotou-highway", org: "jiaotou-highway", name: "高速公路项目党建示范工地", theme: "党旗飘在项目上", highlights: "项目部设临时党支部，关键工序设党员先锋岗，党建与工程进度同考核。", address: "惠州市博罗县高速公路项目部", capacity: 35 },
  { key: "chengtou-housing", org: "chengtou-housing", name: "安置房项目一线党建驿站", theme: "项目一线党旗红", highlights: "在安置房工地设党建驿站，党员包干质量安全节点，联系回迁群众。", address: "惠州市惠城区金山湖片区安置房项目", capacity: 25 },
  { key: "chengtou-office", org: "chengtou-office", name: "城投集团党建展厅", theme: "城建先锋", highlights: "展示城市建设重点项目中的党员攻坚事迹和支部标准化建设成果。", address: "惠州市惠城区文昌一路城投大厦", capacity: 40 },
  { key: "gangtou-port", org: "gangtou-port", name: "荃湾港区党员先锋岗", theme: "红色港湾", highlights: "码头作业区设党员先锋岗，党员带班保障港口生产安全。", address: "惠州市大亚湾荃湾港区", capacity: 30 },
  { key: "gangtou-logistics", org: "gangtou-logistics", name: "港务物流“红色物流链”服务站", theme: "红色物流链", highlights: "党员联系重点货主企业，物流保障难题由支部领题攻坚。", address: "惠州市大亚湾港务物流园", capacity: 20 },
  { key: "guotou-office", org: "guotou-office", name: "国投集团党员活动室", theme: "资本赋能党建引领", highlights: "把重大投资项目列入支部议事清单，支部书记参与项目评审。", address: "惠州市惠城区江北国投大厦", capacity: 25 },
  { key: "chantou-park", org: "chantou-park", name: "产业园区党群服务站", theme: "党建+招商", highlights: "园区党群服务站为入园企业提供政策宣讲和党员志愿服务。", address: "惠州市仲恺高新区产业园", capacity: 30 },
  { key: "desay-plant1", org: "desay-plant1", name: "德赛工业园“红色车间”", theme: "党员先锋号", highlights: "生产线设党员示范岗和质量攻关党员突击队，党员技能带徒。", address: "惠州市仲恺高新区德赛工业园", capacity: 50 },
  { key: "desay-research", org: "desay-research", name: "德赛研发中心党员创新工作室", theme: "科技强企党建领航", highlights: "党员领衔技术攻关项目，创新成果纳入支部考核。", address: "惠州市仲恺高新区德赛研发中心", capacity: 20 },
  { key: "nengtou-gas", org: "nengtou-gas", name: "燃气调度中心党员责任区", theme: "守护万家灯火", highlights: "调度中心划分党员责任区，党员带头开展燃气安全入户宣传。", address: "惠州市惠城区燃气调度中心", capacity: 25 },
  { key: "liangshi-depot", org: "liangshi-depot", name: "市储备粮库“党建+粮安”阵地", theme: "党建+粮安", highlights: "粮库设党员示范仓，党员负责储粮安全和科学保粮。", address: "惠州市惠阳区储备粮库", capacity: 20 },
  { key: "gongdian-service", org: "gongdian-service", name: "供电服务中心“电网先锋”党员服务队基地", theme: "电网先锋", highlights: "党员服务队承诺限时响应，党建品牌与供电服务指标挂钩。", address: "惠州市惠城区供电服务中心", capacity: 40 },
  { key: "gongdian-operation", org: "gongdian-operation", name: "变电运行党员示范岗", theme: "党旗在一线", highlights: "变电站设党员示范岗，党员带头开展设备巡视和隐患排查。", address: "惠州市惠城区变电运行所", capacity: 20 },
  { key: "yidong-network", org: "yidong-network", name: "惠州移动“5G+党建”展厅", theme: "5G+智慧党建", highlights: "用5G和数字化手段开展党员教育，网络保障攻坚由党员牵头。", address: "惠州市惠城区惠州移动大楼", capacity: 40 },
  { key: "yidong-government", org: "yidong-government", name: "政企客户部“党建+数字政府”服务站", theme: "数字政府党员服务队", highlights: "党员服务队驻点服务数字政府项目，支部与政务部门开展党建共建。", address: "惠州市惠城区市民服务中心", capacity: 25 },
  { key: "dianxin-cloud", org: "dianxin-cloud", name: "惠州电信“红色云”党建阵地", theme: "红色云", highlights: "云网运营中心设党员先锋岗，数字化平台管理“三会一课”。", address: "惠州市惠城区电信枢纽大楼", capacity: 30 },
  { key: "youzheng-delivery", org: "youzheng-delivery", name: "惠州邮政寄递“邮路先锋”党员活动室", theme: "邮路先锋", highlights: "党员投递员服务农村电商，党建品牌带动邮政普遍服务。", address: "惠州市惠城区邮政寄递中心", capacity: 25 },
  { key: "shihua-huicheng", org: "shihua-huicheng", name: "惠城片区“红色加油站”", theme: "红色加油站", highlights: "加油站设党员服务岗和司机之家，党员带头安全生产。", address: "惠州市惠城区惠州大道加油站", capacity: 20 },
  { key: "shihua-depot", org: "shihua-depot", name: "油库安全生产党员责任区", theme: "安全红线党员守", highlights: "油库划分党员安全责任区，党员带头开展隐患排查和应急演练。", address: "惠州市大亚湾石化油库", capacity: 20 },
  { key: "liantong-network", org: "liantong-network", name: "惠州联通“智慧党建”活动室", theme: "联通红", highlights: "网络维护党员突击队与智慧党建平台结合。", address: "惠州市惠城区联通大厦", capacity: 25 },
] as const satisfies readonly SiteSeed[];

export type SiteKey = (typeof SITES)[number]["key"];

export interface SiteRef {
  id: number;
  capacity: number;
  org: OrgRef;
}

export async function seedSites(tx: Transaction, orgs: ReadonlyMap<OrgKey, OrgRef>) {
  const rows = await tx.site.createManyAndReturn({
    data: SITES.map((site) => ({
      partyOrganizationId: required(orgs, site.org).id,
      name: site.name,
      theme: site.theme,
      highlights: site.highlights,
      address: site.address,
      capacity: site.capacity,
    })),
    select: { id: true, name: true },
  });
  return new Map<SiteKey, SiteRef>(
    SITES.map((site) => [
      site.key,
      {
        id: findInserted(rows, (row) => row.name === site.name, site.name).id,
        capacity: site.capacity,
        org: required(orgs, site.org),
      },
    ]),
  );
}
