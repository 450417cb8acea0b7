/* kernel/time.c — the clock: PIT channel 0 interrupts HZ times a second.
 *
 * Each tick advances jiffies, lets expired kernel timers run (the sleepers
 * of nanosleep and every timeout among them, kernel/timer.c) and charges
 * the tick to whoever was running, which is what eventually preempts a
 * process that never makes a system call.
 * CLOCK_MONOTONIC comes from the time-stamp counter (see below), so it has
 * sub-microsecond resolution and survives ticks the kernel missed.
 * CLOCK_REALTIME is the same clock plus the wall-clock time it read 0 at:
 * the CMOS clock's second at boot (kernel/rtc.c), moved by settimeofday.
 */
#include <linux/kernel.h>
#include <linux/jiffies.h>
#include <linux/traps.h>
#include <linux/sched.h>
#include <linux/io.h>
#include <linux/timer.h>
#include <linux/rtc.h>

#define PIT_HZ		1193182
#define PIT_LATCH	((PIT_HZ + HZ / 2) / HZ)

volatile u64 jiffies;
u64 idle_ticks;

static void timer_interrupt(struct pt_regs *regs)
{
	jiffies++;
	timers_tick();
	scheduler_tick(user_mode(regs));
}

/* The clock behind CLOCK_MONOTONIC is the CPU's time-stamp counter,
 * calibrated once against the PIT.  Counting ticks would not do: the
 * kernel runs with interrupts off, so a long system call (a fork copying
 * a megabyte) can span several ticks of which only one is delivered. */
static u64 tsc_at_boot;
static u32 tsc_khz;

static inline u64 rdtsc(void)
{
	u32 lo, hi;

	asm volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return ((u64)hi << 32) | lo;
}

/* Count TSC cycles while PIT channel 2 counts down 10 ms (Linux does the
 * same in pit_calibrate_tsc).  Under QEMU the virtual CPU is a host thread
 * that the host may stop for a while; if that happens between the end of
 * the count and our reading of the TSC, the count looks too long and every
 * clock after it runs slow.  So, as Linux does, watch the gaps between
 * successive polls of the PIT: a run with a gap over 1/50 of the whole is
 * not trusted, and the best of a few runs is kept. */
static u64 pit_count_tsc(u32 ms, u64 *start, u64 *worst_gap)
{
	const u32 latch = PIT_HZ * ms / 1000;
	u64 t1, prev, now;

	outb(0x61, (inb(0x61) & ~0x02) | 0x01);	/* gate on, speaker off */
	outb(0x43, 0xb0);			/* channel 2, mode 0 */
	outb(0x42, latch & 0xff);
	outb(0x42, latch >> 8);
	t1 = prev = rdtsc();
	*worst_gap = 0;
	while (!(inb(0x61) & 0x20)) {		/* until the count reaches 0 */
		now = rdtsc();
		if (now - prev > *worst_gap)
			*worst_gap = now - prev;
		prev = now;
	}
	now = rdtsc();
	if (now - prev > *worst_gap)
		*worst_gap = now - prev;
	*start = t1;
	return now - t1;
}

static void tsc_calibrate(void)
{
	const u32 ms = 10;
	u64 best = 0, best_gap = ~0ull, start = 0;

	for (int i = 0; i < 5; i++) {
		u64 t0, gap, cycles = pit_count_tsc(ms, &t0, &gap);

		if (gap < best_gap) {
			best = cycles;
			best_gap = gap;
			start = t0;
		}
		if (gap < cycles / 50)
			break;
	}
	tsc_khz = best / ms;
	if (!tsc_khz)
		tsc_khz = 1;
	tsc_at_boot = start;
	printk(KERN_INFO "tsc: %u kHz, calibrated against the PIT (largest poll gap %u cycles)\n",
	       tsc_khz, (u32)best_gap);
}

u64 ktime_get_ns(void)
{
	static u64 last;
	u64 cyc = rdtsc() - tsc_at_boot;
	/* Divide first: cycles * 10^6 would overflow 64 bits within hours. */
	u64 ns = cyc / tsc_khz * 1000000 + cyc % tsc_khz * 1000000 / tsc_khz;

	if (ns < last)			/* never backwards */
		ns = last;
	last = ns;
	return ns;
}

/* CLOCK_REALTIME - CLOCK_MONOTONIC, in nanoseconds. */
static s64 wall_offset_ns;

u64 ktime_get_real_ns(void)
{
	return ktime_get_ns() + wall_offset_ns;
}

/* settimeofday: the wall clock reads `ns` now; the monotonic clock does
 * not move. */
void set_real_time_ns(u64 ns)
{
	wall_offset_ns = ns - ktime_get_ns();
}

void time_init(void)
{
	init_timers();
	tsc_calibrate();
	set_real_time_ns(rtc_read_time() * NSEC_PER_SEC);
	outb(0x43, 0x34);		/* channel 0, lo/hi byte, rate generator */
	outb(0x40, PIT_LATCH & 0xff);
	outb(0x40, PIT_LATCH >> 8);
	request_irq(0, timer_interrupt);
}
