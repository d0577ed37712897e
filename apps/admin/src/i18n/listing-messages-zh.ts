import type { listingMessagesEn } from './listing-messages-en';

/** 各列表页共用的简体中文文案（`savedViews.*`），与英文表键名一致。 */
export const listingMessagesZh: Record<keyof typeof listingMessagesEn, string> = {
  'savedViews.title': '已保存视图',
  'savedViews.open': '已保存视图',
  'savedViews.current': '视图：{name}',
  'savedViews.about':
    '视图保存此列表的筛选条件、搜索和排序。视图保存在您的账号中；共享的视图对整个团队可见。',
  'savedViews.loadFailed': '无法加载已保存视图',
  'savedViews.mine': '我的视图',
  'savedViews.team': '团队共享',
  'savedViews.none': '还没有保存的视图。',
  'savedViews.sharedBadge': '已共享',
  'savedViews.owner': '由 {name} 保存',
  'savedViews.saveTitle': '保存当前视图',
  'savedViews.name': '将当前视图保存为',
  'savedViews.share': '与团队共享',
  'savedViews.save': '保存',
  'savedViews.saveFailed': '视图未保存',
  'savedViews.edit': '编辑视图 {name}',
  'savedViews.editTitle': '编辑视图 {name}',
  'savedViews.newName': '名称',
  'savedViews.replaceQuery': '改用当前屏幕上的筛选条件',
  'savedViews.saveChanges': '保存更改',
  'savedViews.editFailed': '视图未更改',
  'savedViews.delete': '删除视图 {name}',
  'savedViews.deleteFailed': '视图未删除',
  'savedViews.error.nameTaken': '此列表中已有同名视图。',
  'savedViews.error.shareNotAllowed': '只有管理员和经理可以与团队共享视图。',
  'savedViews.error.notOwner': '只有保存此视图的人可以更改它。',
  'savedViews.error.notFound': '此视图已不存在；菜单显示的是当前的视图。',
  'savedViews.error.versionConflict': '此视图已被他人更改；菜单已显示最新内容，请重试。',
};
