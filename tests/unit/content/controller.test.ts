import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHoverController, DWELL_MS, GRACE_MS } from '../../../src/content/hover/controller';

describe('hover controller: dwell, leave, focus, Escape', () => {
  const show = vi.fn();
  const hide = vi.fn();
  let c: ReturnType<typeof createHoverController<string>>;

  beforeEach(() => {
    vi.useFakeTimers();
    show.mockReset();
    hide.mockReset();
    c = createHoverController<string>({ show, hide });
  });
  afterEach(() => {
    c.destroy();
    vi.useRealTimers();
  });

  it('shows only after the dwell', () => {
    c.enter('a', 'pointer');
    vi.advanceTimersByTime(DWELL_MS - 1);
    expect(show).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(show).toHaveBeenCalledWith('a', 'pointer');
    expect(c.shown).toBe('a');
  });

  it('passing over a link without dwelling shows nothing', () => {
    c.enter('a', 'pointer');
    vi.advanceTimersByTime(300);
    c.leave();
    vi.advanceTimersByTime(2_000);
    expect(show).not.toHaveBeenCalled();
  });

  it('repeated moves over the same target do not restart the dwell', () => {
    c.enter('a', 'pointer');
    vi.advanceTimersByTime(300);
    c.enter('a', 'pointer');
    vi.advanceTimersByTime(200);
    expect(show).toHaveBeenCalledTimes(1);
  });

  it('hides after the grace period once the pointer leaves', () => {
    c.enter('a', 'pointer');
    vi.advanceTimersByTime(DWELL_MS);
    c.leave();
    vi.advanceTimersByTime(GRACE_MS - 1);
    expect(hide).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(hide).toHaveBeenCalledTimes(1);
    expect(c.shown).toBeNull();
  });

  it('moving into the card keeps it open; leaving the card hides it', () => {
    c.enter('a', 'pointer');
    vi.advanceTimersByTime(DWELL_MS);
    c.leave();
    vi.advanceTimersByTime(GRACE_MS / 2);
    c.enterCard();
    vi.advanceTimersByTime(5_000);
    expect(hide).not.toHaveBeenCalled();
    c.leaveCard();
    vi.advanceTimersByTime(GRACE_MS);
    expect(hide).toHaveBeenCalledTimes(1);
  });

  it('coming back to the target within the grace period keeps the card', () => {
    c.enter('a', 'pointer');
    vi.advanceTimersByTime(DWELL_MS);
    c.leave();
    vi.advanceTimersByTime(100);
    c.enter('a', 'pointer');
    vi.advanceTimersByTime(5_000);
    expect(hide).not.toHaveBeenCalled();
    expect(show).toHaveBeenCalledTimes(1);
  });

  it('a second target replaces the first after its own dwell', () => {
    c.enter('a', 'pointer');
    vi.advanceTimersByTime(DWELL_MS);
    c.enter('b', 'pointer');
    vi.advanceTimersByTime(DWELL_MS);
    expect(show).toHaveBeenLastCalledWith('b', 'pointer');
    expect(c.shown).toBe('b');
  });

  it('opens on keyboard focus after the same dwell, and hides on blur', () => {
    c.enter('a', 'focus');
    vi.advanceTimersByTime(DWELL_MS);
    expect(show).toHaveBeenCalledWith('a', 'focus');
    c.leave();
    vi.advanceTimersByTime(GRACE_MS);
    expect(hide).toHaveBeenCalled();
  });

  it('Escape closes at once, and the same target stays closed until left', () => {
    c.enter('a', 'pointer');
    vi.advanceTimersByTime(DWELL_MS);
    c.dismiss();
    expect(hide).toHaveBeenCalledTimes(1);
    c.enter('a', 'pointer');
    vi.advanceTimersByTime(DWELL_MS * 2);
    expect(show).toHaveBeenCalledTimes(1);
    c.leave();
    c.enter('a', 'pointer');
    vi.advanceTimersByTime(DWELL_MS);
    expect(show).toHaveBeenCalledTimes(2);
  });

  it('Escape during the dwell cancels the pending card', () => {
    c.enter('a', 'focus');
    vi.advanceTimersByTime(200);
    c.dismiss();
    vi.advanceTimersByTime(DWELL_MS);
    expect(show).not.toHaveBeenCalled();
  });
});
