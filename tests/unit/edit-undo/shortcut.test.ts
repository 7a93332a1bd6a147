// Ctrl/Cmd+Z is the app's undo, except where the user types (there it undoes the typing).
import { describe, expect, it } from 'vitest';
import { isTextEntry, shortcutFor } from '../../../src/renderer/src/components/shortcuts';

const key = (k: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean } = {}) => ({
  key: k,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: false,
});
const element = (tagName: string, extra: Record<string, unknown> = {}) =>
  ({ tagName, ...extra }) as unknown as EventTarget;

describe('undo shortcut', () => {
  it('Ctrl+Z and Cmd+Z undo; Shift (redo) and a bare Z do not', () => {
    expect(shortcutFor(key('z', { ctrl: true }))).toEqual({ kind: 'undo' });
    expect(shortcutFor(key('Z', { meta: true }))).toEqual({ kind: 'undo' });
    expect(shortcutFor(key('z', { ctrl: true, shift: true }))).toBeNull();
    expect(shortcutFor(key('z'))).toBeNull();
  });

  it('is left to the field where the user types', () => {
    expect(isTextEntry(element('INPUT', { type: 'text' }))).toBe(true);
    expect(isTextEntry(element('input', { type: 'date' }))).toBe(true);
    expect(isTextEntry(element('TEXTAREA'))).toBe(true);
    expect(isTextEntry(element('SELECT'))).toBe(true);
    expect(isTextEntry(element('DIV', { isContentEditable: true }))).toBe(true);
    expect(isTextEntry(element('INPUT', { type: 'checkbox' }))).toBe(false);
    expect(isTextEntry(element('BUTTON'))).toBe(false);
    expect(isTextEntry(element('BODY'))).toBe(false);
    expect(isTextEntry(null)).toBe(false);
  });
});
