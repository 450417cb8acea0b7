/* kernel/time.c — the clock: PIT channel 0 interrupts HZ times a second.
 *
 * Each tick advances jiffies, wakes sleepers whose timeout has come
 * (kernel/sched.c) and charges the tick to whoever was running, which is
 * what eventually preempts a process that never makes a system call.
 * CLOCK_MONOTONIC is jiffies plus how far the PIT has counted into the
 * current tick, so it has sub-millisecond resolution.
 */
#include <linux/kernel.h>
#include <linux/jiffies.h>
#include <linux/traps.h>
#include <linux/sched.h>
#include <linux/io.h>

#define PIT_HZ		1193182
#define PIT_LATCH	((PIT_HZ + HZ / 2) / HZ)

volatile u64 jiffies;
u64 idle_ticks;

static void timer_interrupt(struct pt_regs *regs)
{
	jiffies++;
	scheduler_tick(user_mode(regs));
}

u64 ktime_get_ns(void)
{
	u64 j;
	unsigned int count;

	/* Latch the counter; it counts down from PIT_LATCH within a tick.
	 * Interrupts are off in the kernel, so a tick that wraps now is
	 * pending, not counted: the result may lag by one tick, but never
	 * goes backwards because we clamp against the last value returned. */
	static u64 last;
	u64 ns;

	outb(0x43, 0x00);
	count = inb(0x40);
	count |= inb(0x40) << 8;
	j = jiffies;
	if (count > PIT_LATCH)
		count = PIT_LATCH;
	ns = j * NSEC_PER_JIFFY + (u32)(PIT_LATCH - count) * (u32)NSEC_PER_JIFFY / PIT_LATCH;
	if (ns < last)
		ns = last;
	last = ns;
	return ns;
}

void time_init(void)
{
	outb(0x43, 0x34);		/* channel 0, lo/hi byte, rate generator */
	outb(0x40, PIT_LATCH & 0xff);
	outb(0x40, PIT_LATCH >> 8);
	request_irq(0, timer_interrupt);
}
