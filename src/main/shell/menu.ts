// The application menu, as a pure function of the platform, the language, whether this is a
// development run, and the actions it triggers. Replacing Electron's default menu removes its
// Help links to the web; Developer tools and Reload exist only in development. Only app.ts
// hands the result to Electron's Menu.
import type { MenuItemConstructorOptions } from 'electron';
import type { Locale } from '../../shared/ipc/contract/workspace';
import { menuText } from '../../shared/i18n/menu';
import type { MenuKey } from '../../shared/i18n/menu';

export interface MenuActions {
  /** Opens the page's list of keyboard shortcuts (the renderer owns the dialog). */
  showShortcuts(): void;
  showLogs(): void;
  about(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  locale: Locale;
  development: boolean;
  actions: MenuActions;
}

export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const t = (key: MenuKey) => menuText(options.locale, key);
  const mac = options.platform === 'darwin';
  const { actions } = options;

  const appMenu: MenuItemConstructorOptions = {
    label: 'QBR Studio',
    submenu: [
      { label: t('menu.about'), click: () => actions.about() },
      { type: 'separator' },
      { role: 'hide', label: t('menu.hide') },
      { role: 'hideOthers', label: t('menu.hideOthers') },
      { role: 'unhide', label: t('menu.unhide') },
      { type: 'separator' },
      { role: 'quit', label: t('menu.quit') },
    ],
  };
  const fileMenu: MenuItemConstructorOptions = {
    label: t('menu.file'),
    submenu: mac
      ? [{ role: 'close', label: t('menu.close') }]
      : [{ role: 'quit', label: t('menu.quit') }],
  };
  const editMenu: MenuItemConstructorOptions = {
    label: t('menu.edit'),
    submenu: [
      { role: 'undo', label: t('menu.undo') },
      { role: 'redo', label: t('menu.redo') },
      { type: 'separator' },
      { role: 'cut', label: t('menu.cut') },
      { role: 'copy', label: t('menu.copy') },
      { role: 'paste', label: t('menu.paste') },
      { role: 'selectAll', label: t('menu.selectAll') },
    ],
  };
  const viewMenu: MenuItemConstructorOptions = {
    label: t('menu.view'),
    submenu: [
      { role: 'zoomIn', label: t('menu.zoomIn') },
      { role: 'zoomOut', label: t('menu.zoomOut') },
      { role: 'resetZoom', label: t('menu.resetZoom') },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t('menu.fullScreen') },
      ...(options.development
        ? ([
            { type: 'separator' },
            { role: 'reload', label: t('menu.reload') },
            { role: 'toggleDevTools', label: t('menu.devTools') },
          ] satisfies MenuItemConstructorOptions[])
        : []),
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: t('menu.window'),
    submenu: [
      { role: 'minimize', label: t('menu.minimize') },
      { role: 'close', label: t('menu.close') },
    ],
  };
  const helpMenu: MenuItemConstructorOptions = {
    label: t('menu.help'),
    // Set as a plain submenu, not role 'help': that role lets macOS add a web search box.
    submenu: [
      // F1 is also the page's own key for the list; the menu makes it findable without knowing it.
      {
        label: t('menu.shortcuts'),
        accelerator: 'F1',
        click: () => actions.showShortcuts(),
      },
      { label: t('menu.showLogs'), click: () => actions.showLogs() },
      ...(mac
        ? []
        : ([
            { type: 'separator' },
            { label: t('menu.about'), click: () => actions.about() },
          ] satisfies MenuItemConstructorOptions[])),
    ],
  };
  return [...(mac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
