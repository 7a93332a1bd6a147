// The application menu as data: what each platform and language gets, with no web links and no
// developer tools outside development.
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_EN, menuLocaleOf, menuText } from '../../../src/shared/i18n/menu';
import type { MenuKey } from '../../../src/shared/i18n/menu';
import { menuTemplate } from '../../../src/main/shell/menu';
import { isEventChannel } from '../../../src/shared/ipc/channels';
import type { MenuOptions } from '../../../src/main/shell/menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}

function build(overrides: Partial<MenuOptions> = {}) {
  const actions = { showShortcuts: vi.fn(), showLogs: vi.fn(), about: vi.fn() };
  const template = menuTemplate({
    platform: 'linux',
    locale: 'en',
    development: false,
    actions,
    ...overrides,
  });
  return { template, items: flatten(template), actions };
}

describe('application menu', () => {
  it('has File, Edit, View, Window and Help on Linux and Windows, plus the app menu on macOS', () => {
    expect(build().template.map((m) => m.label)).toEqual([
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ]);
    expect(build({ platform: 'win32' }).template).toHaveLength(5);
    expect(build({ platform: 'darwin' }).template.map((m) => m.label)).toEqual([
      'QBR Studio',
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ]);
  });

  it('offers Show logs under Help, calling the injected action, and no web links', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const { template, items, actions } = build({ platform });
      const help = template.at(-1)!;
      expect(help.role).toBeUndefined();
      const showLogs = (help.submenu as MenuItemConstructorOptions[])[1]!;
      expect(showLogs.label).toBe('Show logs');
      showLogs.click!(undefined as never, undefined, undefined as never);
      expect(actions.showLogs).toHaveBeenCalledTimes(1);
      const roles = items.map((i) => i.role).filter(Boolean);
      expect(roles).not.toContain('help');
      expect(roles).not.toContain('windowMenu');
      expect(JSON.stringify(template)).not.toMatch(
        /https?:|openExternal|learn more|documentation/i,
      );
    }
  });

  it.each(['en', 'th', 'tr'] as const)(
    'opens the keyboard shortcuts from Help in %s, on F1, through the injected action',
    (locale) => {
      for (const platform of ['linux', 'win32', 'darwin'] as const) {
        const { template, actions } = build({ locale, platform });
        const help = template.at(-1)!.submenu as MenuItemConstructorOptions[];
        const item = help.find((i) => i.label === menuText(locale, 'menu.shortcuts'));
        expect(item, `${locale} ${platform}`).toBeDefined();
        expect(item!.accelerator).toBe('F1');
        item!.click!(undefined as never, undefined, undefined as never);
        expect(actions.showShortcuts).toHaveBeenCalledTimes(1);
        expect(actions.showLogs).not.toHaveBeenCalled();
      }
    },
  );

  it('sends the shortcuts event on a channel the preload lets through', () => {
    expect(isEventChannel('help:shortcuts')).toBe(true);
  });

  it('has developer tools and reload only in development', () => {
    const roles = (development: boolean) => build({ development }).items.map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('forceReload');
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(true)).toContain('reload');
  });

  it.each(['en', 'th', 'tr'] as const)('labels every item in %s', (locale) => {
    const { items } = build({ locale, development: true, platform: 'darwin' });
    for (const item of items) {
      if (item.type === 'separator') continue;
      expect(item.label, JSON.stringify(item)).toBeTruthy();
    }
    const labels = items.map((i) => i.label);
    expect(labels).toContain(menuText(locale, 'menu.showLogs'));
    expect(labels).toContain(menuText(locale, 'menu.shortcuts'));
    expect(labels).toContain(menuText(locale, 'menu.devTools'));
  });

  it('translates every key into Thai and Turkish', () => {
    for (const key of Object.keys(MENU_EN) as MenuKey[]) {
      expect(menuText('th', key)).not.toBe('');
      expect(menuText('tr', key)).not.toBe('');
      expect(menuText('th', key)).not.toBe(MENU_EN[key]);
    }
    expect(menuText('th', 'menu.help')).toBe('ความช่วยเหลือ');
    expect(menuText('tr', 'menu.showLogs')).toBe('Günlükleri göster');
    expect(menuText('en', 'menu.aboutDetail', { version: '1.2.3' })).toContain('Version 1.2.3');
  });

  it('starts in the system language when it is Thai or Turkish, else English', () => {
    expect(menuLocaleOf('th-TH')).toBe('th');
    expect(menuLocaleOf('tr')).toBe('tr');
    expect(menuLocaleOf('TR_tr')).toBe('tr');
    expect(menuLocaleOf('en-US')).toBe('en');
    expect(menuLocaleOf('de-DE')).toBe('en');
    expect(menuLocaleOf('')).toBe('en');
  });
});
