/* kernel/timer.c — one-shot kernel timers (include/linux/timer.h).
 *
 * Pending timers sit on one list.  The timer interrupt only notices that
 * one has expired and raises the TIMER softirq; run_timer_softirq calls
 * the functions later, at a safe point (before a return to user mode or a
 * task switch), so a timer function may send packets or wake sleepers
 * like any other kernel code.  A list is enough for the handful of timers
 * a run has.
 */
#include <linux/kernel.h>
#include <linux/timer.h>
#include <linux/jiffies.h>
#include <linux/interrupt.h>

static LIST_HEAD(timers);

void timer_setup(struct timer_list *t, void (*fn)(struct timer_list *))
{
	INIT_LIST_HEAD(&t->entry);
	t->function = fn;
	t->expires = 0;
}

bool timer_pending(const struct timer_list *t)
{
	return !list_empty(&t->entry);
}

void mod_timer(struct timer_list *t, u64 expires)
{
	t->expires = expires;
	if (!timer_pending(t))
		list_add_tail(&t->entry, &timers);
}

void del_timer(struct timer_list *t)
{
	if (timer_pending(t))
		list_del_init(&t->entry);
}

void timers_tick(void)
{
	struct list_head *pos;

	for (pos = timers.next; pos != &timers; pos = pos->next)
		if (list_entry(pos, struct timer_list, entry)->expires <= jiffies) {
			raise_softirq(TIMER_SOFTIRQ);
			return;
		}
}

static void run_timer_softirq(void)
{
	struct list_head *pos, *n;

	list_for_each_safe(pos, n, &timers) {
		struct timer_list *t = list_entry(pos, struct timer_list, entry);

		if (t->expires <= jiffies) {
			list_del_init(&t->entry);
			t->function(t);		/* may re-arm it, or free it */
		}
	}
}

void init_timers(void)
{
	open_softirq(TIMER_SOFTIRQ, run_timer_softirq);
}
