/* include/linux/jiffies.h — kernel time: the PIT ticks HZ times a second and
 * every tick adds one to jiffies (kernel/time.c). */
#ifndef _LINUX_JIFFIES_H
#define _LINUX_JIFFIES_H

#include <linux/types.h>

#define HZ		1000		/* 1 ms ticks: nanosleep resolution */
#define NSEC_PER_SEC	1000000000L
#define NSEC_PER_JIFFY	(NSEC_PER_SEC / HZ)

extern volatile u64 jiffies;
extern u64 idle_ticks;			/* ticks that found the CPU idle */

void time_init(void);
u64 ktime_get_ns(void);			/* monotonic, since boot */
u64 ktime_get_real_ns(void);		/* wall clock, since the epoch */
void set_real_time_ns(u64 ns);

/* Whole ticks covering ns, rounded up: a wait of that many never ends
 * early by the tick (the clock then tells whether it is over). */
static inline u64 ns_to_ticks_up(u64 ns)
{
	return (ns + NSEC_PER_JIFFY - 1) / NSEC_PER_JIFFY;
}

#endif
