// Every string the UI shows, Chinese first, English second. Elements carry data-i18n="key"
// (text), data-i18n-title / data-i18n-aria / data-i18n-placeholder (attributes); code calls t().
const STORAGE_KEY = 'lifecircle.lang';

export const DICTIONARY = {
  zh: {
    'app.title': '生活圈规划',
    'nav.api': 'API 文档',
    'lang.toggle': 'EN',
    'lang.toggleTitle': 'Switch to English',
    'map.aria': '地图',
    'tab.coverage': '覆盖', 'tab.check': '点位查询', 'tab.siting': '选址', 'tab.scenarios': '方案', 'tab.data': '数据',
    'project.none': '未加载项目',
    'project.loadFailed': '无法读取项目：{0}',
    'coverage.title': '覆盖率（按设施类型）',
    'coverage.unitsTitle': '按行政单元',
    'coverage.notComputed': '覆盖分析尚未运行',
    'coverage.notComputedHint': '下表为项目设定的服务标准；人口覆盖率将在运行覆盖分析后显示。',
    'coverage.type': '设施类型', 'coverage.minutes': '步行时间', 'coverage.population': '服务人口',
    'coverage.covered': '已覆盖', 'coverage.share': '覆盖率', 'coverage.target': '目标', 'coverage.status': '达标',
    'coverage.unit': '行政单元', 'coverage.demand': '服务对象', 'coverage.speed': '步速',
    'coverage.method.network': '按路网步行时间计算', 'coverage.method.straight-line': '按直线距离估算（无路网）',
    'coverage.noTypes': '项目未设定设施类型。',
    'coverage.noUnits': '项目没有行政单元图层。',
    'villages.title': '村级覆盖',
    'villages.notComputed': '村级覆盖尚未计算。',
    'villages.fully': '全覆盖村比例',
    'demand.total': '全部人口', 'demand.elderly': '60 岁以上',
    'meets.yes': '达标', 'meets.no': '未达标',
    'unit.minutes': '{0} 分钟', 'unit.kmh': '{0} km/h', 'unit.people': '{0} 人', 'unit.meters': '{0} 米',
    'check.title': '点位查询',
    'check.hint': '在地图上点击任意位置，查看该点 5/10/15 分钟步行范围内各类设施及达标情况。',
    'check.point': '查询点',
    'check.unit': '所在行政单元', 'check.village': '所在行政村', 'check.outside': '不在任何单元内',
    'check.notComputed': '可达设施与步行时间将在接入路网与覆盖引擎、完成覆盖分析后显示。',
    'check.loading': '查询中…',
    'check.nearest': '最近',
    'check.none': '15 分钟内无此类设施',
    'check.band': '{0} 分钟内',
    'siting.title': '设施选址',
    'siting.type': '设施类型', 'siting.model': '选址模型', 'siting.p': '新增设施数 p',
    'siting.target': '目标覆盖率 %', 'siting.candidates': '候选点来源',
    'siting.run': '开始选址', 'siting.cancel': '取消',
    'siting.unavailable': '选址引擎尚未接入本服务，暂不能运行选址。',
    'siting.curveTitle': '覆盖率—设施数曲线',
    'siting.sitesTitle': '建议新增点位',
    'siting.noResult': '尚无选址结果。',
    'siting.queued': '排队中…', 'siting.running': '计算中…', 'siting.done': '完成',
    'siting.cancelled': '已取消', 'siting.failed': '失败：{0}',
    'siting.site': '点位', 'siting.gain': '新增覆盖', 'siting.accept': '采纳', 'siting.reject': '放弃',
    'siting.accepted': '已采纳', 'siting.rejected': '已放弃',
    'siting.dragHint': '可拖动建议点位调整位置。',
    'model.mclp': '最大覆盖（MCLP）', 'model.lscp': '最少设施达标（LSCP）', 'model.pmedian': '最短平均步行（p-中值）',
    'candidates.gaps': '覆盖缺口内的街道点（每100米）', 'candidates.streets': '全部街道点（每100米）',
    'siting.scenarioNote': '采纳的点位加入方案“{0}”。', 'siting.newScenario': '选址方案 {0}',
    'chart.sites': '新增设施数', 'chart.share': '覆盖率', 'chart.target': '目标 {0}',
    'scenarios.title': '规划方案',
    'scenarios.unavailable': '方案管理尚未接入：接入选址与覆盖引擎后，可新建方案、增删移动设施并并排比较。',
    'scenarios.empty': '还没有方案。',
    'scenarios.name': '方案名称', 'scenarios.create': '新建方案', 'scenarios.working': '当前方案',
    'scenarios.edits': '修改 {0} 处', 'scenarios.compare': '比较', 'scenarios.compareTitle': '方案对比',
    'scenarios.added': '新增', 'scenarios.removed': '撤除', 'scenarios.moved': '移动', 'scenarios.baseline': '现状',
    'scenarios.remove': '撤除', 'scenarios.unit': '社区',
    'data.title': '项目数据',
    'data.layer': '图层', 'data.features': '要素数', 'data.download': '下载',
    'data.noLayers': '项目没有可显示的图层。',
    'data.uploadTitle': '上传数据',
    'data.file': '文件（GeoJSON / CSV / GeoPackage / GeoTIFF）',
    'data.crs': '坐标系（可选，如 EPSG:4490、GCJ-02）',
    'data.upload': '上传并校验',
    'data.uploading': '校验中…', 'data.uploadOk': '通过校验', 'data.pickFile': '请先选择文件。',
    'layer.base.grid': '浅色网格（离线）', 'layer.base.blank': '空白底图',
    'layer.population': '人口网格', 'layer.facilities': '设施', 'layer.network': '道路', 'layer.villages': '行政村',
    'layer.units': '行政单元', 'layer.context': '其他', 'layer.checkPoint': '查询点', 'layer.sites': '建议点位',
    'legend.title': '图例', 'legend.population': '人口（人/格）', 'legend.facilities': '设施类型',
    'legend.units': '行政单元边界', 'legend.network': '道路', 'legend.villages': '行政村',
    'role.population': '人口', 'role.facilities': '设施', 'role.network': '路网', 'role.villages': '行政村',
    'role.units': '行政单元', 'role.context': '其他',
    'type.fitness': '健身设施', 'type.elder_care': '养老服务', 'type.clinic': '医疗卫生',
    'type.kindergarten': '幼儿园', 'type.primary_school': '小学', 'type.community_service': '社区服务',
    'error.request': '请求失败：{0}',
    'theme.label': '专题图', 'theme.population': '人口密度', 'theme.covered': '步行可达（达标）', 'theme.uncovered': '未覆盖人口',
    'theme.unreachable': '不可达', 'theme.gaps': '共 {0} 处覆盖缺口，地图以深红框标出未覆盖人口最多的 10 处',
    'gaps.rank': '缺口 #{0}', 'gaps.demand': '未覆盖 {0} 人', 'gaps.nearest': '最近设施 {0} 分钟',
    'villages.full': '服务全覆盖', 'villages.notFull': '服务未全覆盖', 'villages.village': '行政村',
    'villages.served': '有', 'villages.notServed': '缺',
    'iso.title': '步行等时圈',
    'standards.title': '标准与依据', 'standards.source': '依据', 'standards.indicator': '人均指标', 'standards.value': '现状',
    'standards.target': '标准', 'standards.unavailable': '标准表暂不可用。',
    'exports.title': '导出结果', 'exports.gpkg': 'GeoPackage（QGIS / ArcGIS）', 'exports.geojson': 'GeoJSON', 'exports.csv': 'CSV（网格）',
    'login.title': '登录', 'login.hint': '请使用管理员为您开设的账号登录。',
    'login.username': '用户名', 'login.password': '密码', 'login.submit': '登录', 'login.working': '正在登录…',
    'login.wrong': '用户名或密码错误。', 'login.failed': '登录失败：{0}',
    'login.tooMany': '此地址的登录尝试过多，请稍后再试。',
    'password.title': '修改密码', 'password.hint': '您的密码不符合当前的密码规则，请先设置新密码。',
    'password.current': '当前密码', 'password.new': '新密码', 'password.repeat': '再次输入新密码',
    'password.rule': '至少 12 个字符，且不能是常见密码或用户名。', 'password.submit': '保存新密码',
    'password.mismatch': '两次输入的新密码不一致。', 'password.currentWrong': '当前密码错误。',
    'password.short': '新密码至少需要 12 个字符。', 'password.distinct': '新密码至少需要 5 个不同的字符。',
    'password.common': '这是一个常见密码，请换一个。', 'password.username': '密码不能与用户名相同。',
    'password.same': '新密码不能与当前密码相同。',
    'login.firstStart': '首次启动时，服务器在标准错误输出中打印一次 admin 的初始密码（以 “LifeCircle first start: admin password:” 开头的一行）；也可用环境变量 LIFECIRCLE_ADMIN_PASSWORD 预先设定。',
    'account.logout': '退出登录', 'account.login': '登录', 'account.anonymous': '访客（只读）',
    'account.role.VIEWER': '查看', 'account.role.PLANNER': '规划', 'account.role.ADMIN': '管理员',
    'account.readOnly': '当前账号只能查看，不能编辑方案、运行选址或上传数据。',
  },
  en: {
    'app.title': 'LifeCircle planner',
    'nav.api': 'API docs',
    'lang.toggle': '中文',
    'lang.toggleTitle': '切换到中文',
    'map.aria': 'Map',
    'tab.coverage': 'Coverage', 'tab.check': 'Point check', 'tab.siting': 'Siting', 'tab.scenarios': 'Scenarios', 'tab.data': 'Data',
    'project.none': 'No project loaded',
    'project.loadFailed': 'Cannot read the project: {0}',
    'coverage.title': 'Coverage by facility type',
    'coverage.unitsTitle': 'By admin unit',
    'coverage.notComputed': 'Coverage not computed yet',
    'coverage.notComputedHint': 'The table lists the project\'s service standards; population coverage appears once a coverage analysis has run.',
    'coverage.type': 'Facility type', 'coverage.minutes': 'Walk time', 'coverage.population': 'Population',
    'coverage.covered': 'Covered', 'coverage.share': 'Coverage', 'coverage.target': 'Target', 'coverage.status': 'Standard',
    'coverage.unit': 'Admin unit', 'coverage.demand': 'Serves', 'coverage.speed': 'Pace',
    'coverage.method.network': 'Walking times over the road network', 'coverage.method.straight-line': 'Straight-line estimate (no network)',
    'coverage.noTypes': 'The project declares no facility types.',
    'coverage.noUnits': 'The project has no admin-unit layer.',
    'villages.title': 'Village coverage',
    'villages.notComputed': 'Village coverage not computed yet.',
    'villages.fully': 'Villages fully covered',
    'demand.total': 'Everyone', 'demand.elderly': 'Aged 60+',
    'meets.yes': 'Meets', 'meets.no': 'Short',
    'unit.minutes': '{0} min', 'unit.kmh': '{0} km/h', 'unit.people': '{0} people', 'unit.meters': '{0} m',
    'check.title': 'Point check',
    'check.hint': 'Click anywhere on the map to see the facilities of each type within a 5 / 10 / 15-minute walk and whether the place meets each standard.',
    'check.point': 'Point',
    'check.unit': 'Admin unit', 'check.village': 'Village', 'check.outside': 'Outside every unit',
    'check.notComputed': 'Reachable facilities and walking times appear once the network and coverage engines are connected and coverage has been computed.',
    'check.loading': 'Checking…',
    'check.nearest': 'Nearest',
    'check.none': 'None within 15 minutes',
    'check.band': 'Within {0} min',
    'siting.title': 'Site selection',
    'siting.type': 'Facility type', 'siting.model': 'Model', 'siting.p': 'New sites p',
    'siting.target': 'Target coverage %', 'siting.candidates': 'Candidate sites',
    'siting.run': 'Run', 'siting.cancel': 'Cancel',
    'siting.unavailable': 'The site-selection engine is not connected to this server yet; runs are not available.',
    'siting.curveTitle': 'Coverage vs. number of sites',
    'siting.sitesTitle': 'Proposed sites',
    'siting.noResult': 'No site-selection result yet.',
    'siting.queued': 'Queued…', 'siting.running': 'Running…', 'siting.done': 'Done',
    'siting.cancelled': 'Cancelled', 'siting.failed': 'Failed: {0}',
    'siting.site': 'Site', 'siting.gain': 'Added coverage', 'siting.accept': 'Accept', 'siting.reject': 'Reject',
    'siting.accepted': 'Accepted', 'siting.rejected': 'Rejected',
    'siting.dragHint': 'Drag a proposed site to adjust it.',
    'model.mclp': 'Maximal covering (MCLP)', 'model.lscp': 'Fewest sites to target (LSCP)', 'model.pmedian': 'Shortest mean walk (p-median)',
    'candidates.gaps': 'Street points in coverage gaps (every 100 m)', 'candidates.streets': 'All street points (every 100 m)',
    'siting.scenarioNote': 'Accepted sites are added to scenario “{0}”.', 'siting.newScenario': 'Siting scenario {0}',
    'chart.sites': 'New sites', 'chart.share': 'Coverage', 'chart.target': 'Target {0}',
    'scenarios.title': 'Scenarios',
    'scenarios.unavailable': 'Scenarios are not connected yet: with the siting and coverage engines you can create scenarios, add, move or remove facilities and compare them side by side.',
    'scenarios.empty': 'No scenarios yet.',
    'scenarios.name': 'Scenario name', 'scenarios.create': 'New scenario', 'scenarios.working': 'Working scenario',
    'scenarios.edits': '{0} edits', 'scenarios.compare': 'Compare', 'scenarios.compareTitle': 'Comparison',
    'scenarios.added': 'Added', 'scenarios.removed': 'Removed', 'scenarios.moved': 'Moved', 'scenarios.baseline': 'Current',
    'scenarios.remove': 'Remove', 'scenarios.unit': 'Community',
    'data.title': 'Project data',
    'data.layer': 'Layer', 'data.features': 'Features', 'data.download': 'Download',
    'data.noLayers': 'The project has no layers to show.',
    'data.uploadTitle': 'Upload data',
    'data.file': 'File (GeoJSON / CSV / GeoPackage / GeoTIFF)',
    'data.crs': 'CRS (optional, e.g. EPSG:4490, GCJ-02)',
    'data.upload': 'Upload and validate',
    'data.uploading': 'Validating…', 'data.uploadOk': 'Valid', 'data.pickFile': 'Choose a file first.',
    'layer.base.grid': 'Light grid (offline)', 'layer.base.blank': 'Blank',
    'layer.population': 'Population grid', 'layer.facilities': 'Facilities', 'layer.network': 'Roads', 'layer.villages': 'Villages',
    'layer.units': 'Admin units', 'layer.context': 'Other', 'layer.checkPoint': 'Checked point', 'layer.sites': 'Proposed sites',
    'legend.title': 'Legend', 'legend.population': 'Population (people / cell)', 'legend.facilities': 'Facility types',
    'legend.units': 'Admin unit boundary', 'legend.network': 'Roads', 'legend.villages': 'Villages',
    'role.population': 'Population', 'role.facilities': 'Facilities', 'role.network': 'Network', 'role.villages': 'Villages',
    'role.units': 'Admin units', 'role.context': 'Other',
    'type.fitness': 'Fitness', 'type.elder_care': 'Elder care', 'type.clinic': 'Clinics',
    'type.kindergarten': 'Kindergartens', 'type.primary_school': 'Primary schools', 'type.community_service': 'Community services',
    'error.request': 'Request failed: {0}',
    'theme.label': 'Thematic map', 'theme.population': 'Population density', 'theme.covered': 'Within reach (meets)', 'theme.uncovered': 'Uncovered population',
    'theme.unreachable': 'unreachable', 'theme.gaps': '{0} coverage gaps; the 10 with the most uncovered people are outlined in dark red',
    'gaps.rank': 'Gap #{0}', 'gaps.demand': '{0} people uncovered', 'gaps.nearest': 'nearest facility {0} min',
    'villages.full': 'All services within reach', 'villages.notFull': 'Missing a service', 'villages.village': 'Village',
    'villages.served': 'yes', 'villages.notServed': 'no',
    'iso.title': 'walking isochrones',
    'standards.title': 'Standards and sources', 'standards.source': 'Source', 'standards.indicator': 'Per-capita indicator', 'standards.value': 'Current',
    'standards.target': 'Standard', 'standards.unavailable': 'The standards table is not available.',
    'exports.title': 'Export results', 'exports.gpkg': 'GeoPackage (QGIS / ArcGIS)', 'exports.geojson': 'GeoJSON', 'exports.csv': 'CSV (cells)',
    'login.title': 'Sign in', 'login.hint': 'Use the account your administrator gave you.',
    'login.username': 'User name', 'login.password': 'Password', 'login.submit': 'Sign in', 'login.working': 'Signing in…',
    'login.wrong': 'Wrong user name or password.', 'login.failed': 'Sign-in failed: {0}',
    'login.tooMany': 'Too many sign-in attempts from this address; try again later.',
    'password.title': 'Change password', 'password.hint': 'Your password breaks the current password rule; set a new one first.',
    'password.current': 'Current password', 'password.new': 'New password', 'password.repeat': 'New password again',
    'password.rule': 'At least 12 characters; not a common password or the user name.', 'password.submit': 'Save new password',
    'password.mismatch': 'The two new passwords differ.', 'password.currentWrong': 'The current password is wrong.',
    'password.short': 'The new password needs at least 12 characters.', 'password.distinct': 'The new password needs at least 5 different characters.',
    'password.common': 'This is a common password; choose another.', 'password.username': 'The password must not be the user name.',
    'password.same': 'The new password must differ from the current one.',
    'login.firstStart': 'On first start the server prints the admin password once on standard error (a line starting “LifeCircle first start: admin password:”); the environment variable LIFECIRCLE_ADMIN_PASSWORD sets it instead.',
    'account.logout': 'Sign out', 'account.login': 'Sign in', 'account.anonymous': 'Visitor (read only)',
    'account.role.VIEWER': 'viewer', 'account.role.PLANNER': 'planner', 'account.role.ADMIN': 'admin',
    'account.readOnly': 'This account can look but not edit scenarios, run site selection or upload data.',
  },
};

const listeners = [];
let current = readStoredLanguage();

function readStoredLanguage() {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return stored === 'en' || stored === 'zh' ? stored : 'zh';
  } catch (e) {
    return 'zh';
  }
}

export function language() {
  return current;
}

/** The string for key in the current language, with {0}, {1} … replaced by args; the key itself if missing. */
export function t(key, ...args) {
  const text = DICTIONARY[current][key] ?? DICTIONARY.zh[key] ?? key;
  return text.replace(/\{(\d+)\}/g, (m, i) => (args[i] === undefined ? m : String(args[i])));
}

/** Display name of a facility type: the UI's own label, else the project's, else the key. */
export function typeLabel(key, projectLabel) {
  const own = DICTIONARY[current]['type.' + key];
  return own ?? projectLabel ?? key;
}

export function formatNumber(value, digits = 0) {
  return new Intl.NumberFormat(current === 'zh' ? 'zh-CN' : 'en-GB', {
    maximumFractionDigits: digits, minimumFractionDigits: digits,
  }).format(value);
}

export function formatPercent(share, digits = 1) {
  return formatNumber(share * 100, digits) + '%';
}

export function applyI18n(root = document) {
  document.documentElement.lang = current === 'zh' ? 'zh-CN' : 'en';
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-title]').forEach((el) => { el.title = t(el.dataset.i18nTitle); });
  root.querySelectorAll('[data-i18n-aria]').forEach((el) => { el.setAttribute('aria-label', t(el.dataset.i18nAria)); });
  root.querySelectorAll('[data-i18n-placeholder]').forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder); });
}

export function setLanguage(lang) {
  if (lang !== 'zh' && lang !== 'en') return;
  current = lang;
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch (e) {
    // private mode: the choice lasts for this page only
  }
  applyI18n();
  listeners.forEach((fn) => fn(lang));
}

export function onLanguageChange(fn) {
  listeners.push(fn);
}
