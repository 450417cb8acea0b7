/* include/linux/timer.h — kernel timers: call a function once, when
 * jiffies reaches `expires` (kernel/timer.c).  Timed sleeps use them
 * (schedule_timeout), and TCP, to resend a SYN nobody answered and to end
 * TIME_WAIT.  The functions run from the
 * TIMER softirq, at the same safe points as the network's receive path,
 * never in the middle of a system call. */
#ifndef _LINUX_TIMER_H
#define _LINUX_TIMER_H

#include <linux/types.h>
#include <linux/list.h>

struct timer_list {
	struct list_head entry;
	u64 expires;			/* in jiffies */
	void (*function)(struct timer_list *t);
};

void timer_setup(struct timer_list *t, void (*fn)(struct timer_list *));
void mod_timer(struct timer_list *t, u64 expires);	/* (re)arm */
void del_timer(struct timer_list *t);
bool timer_pending(const struct timer_list *t);
void timers_tick(void);			/* from the timer interrupt */
void init_timers(void);

#endif
