/* Host stand-ins for the kernel services that net/ calls (kmalloc, wait
 * queues, schedule, softirqs, user copies, the clock, ...), for the net/
 * unit tests; tests/unit/net_unit.h says what each one does and what a
 * test can observe or steer.  printk and panic are in stubs.c. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <linux/mm.h>
#include <linux/net.h>
#include <linux/wait.h>
#include <linux/interrupt.h>
#include <linux/uaccess.h>
#include "net_unit.h"

/* --- kmalloc --- */

unsigned long kmalloc_live;
int unit_kmalloc_fail_in;

void *kmalloc(size_t size)
{
	void *p;

	if (unit_kmalloc_fail_in > 0 && --unit_kmalloc_fail_in == 0)
		return NULL;
	p = malloc(size ? size : 1);
	if (!p)
		return NULL;
	memset(p, 0xa5, size);		/* never zero by luck */
	kmalloc_live++;
	return p;
}

void *kzalloc(size_t size)
{
	void *p = kmalloc(size);

	if (p)
		memset(p, 0, size);
	return p;
}

void kfree(const void *p)
{
	if (!p)
		return;
	kmalloc_live--;
	free((void *)p);
}

/* --- softirqs, as kernel/softirq.c --- */

static void (*softirq_vec[NR_SOFTIRQS])(void);
static unsigned int softirq_pending;
static bool in_softirq;

void open_softirq(int nr, void (*action)(void)) { softirq_vec[nr] = action; }
void raise_softirq(int nr) { softirq_pending |= 1u << nr; }
bool unit_softirq_pending(void) { return softirq_pending != 0; }

void unit_do_softirq(void)
{
	if (in_softirq)
		return;
	in_softirq = true;
	while (softirq_pending)
		for (int nr = 0; nr < NR_SOFTIRQS; nr++)
			if (softirq_pending & (1u << nr)) {
				softirq_pending &= ~(1u << nr);
				if (softirq_vec[nr])
					softirq_vec[nr]();
			}
	in_softirq = false;
}

/* --- sleeping and waking --- */

int unit_sleeps, unit_timeouts, unit_wakeups;
static bool signal_pending;

void init_wait_entry(struct wait_queue_entry *w) { w->task = NULL; INIT_LIST_HEAD(&w->entry); }
void prepare_to_wait(wait_queue_head_t *wq, struct wait_queue_entry *w, long state) { }
void finish_wait(wait_queue_head_t *wq, struct wait_queue_entry *w) { }
void wake_up(wait_queue_head_t *wq) { unit_wakeups++; }
void poll_wait(struct file *f, wait_queue_head_t *wq, poll_table *pt) { }

int signal_pending_current(void)
{
	bool s = signal_pending;

	signal_pending = false;		/* delivered: the call ends (-ERESTARTSYS) */
	return s;
}

void schedule(void)
{
	if (softirq_pending) {
		unit_do_softirq();
		return;
	}
	/* Nobody else will ever run: this sleep would last for ever. */
	unit_sleeps++;
	signal_pending = true;
}

/* A sleep with a timeout (SO_RCVTIMEO, SO_SNDTIMEO): with nothing pending,
 * nothing can happen before it runs out. */
long schedule_timeout(long ticks)
{
	if (softirq_pending) {
		unit_do_softirq();
		return ticks;
	}
	if (ticks == MAX_SCHEDULE_TIMEOUT) {
		schedule();
		return ticks;
	}
	unit_timeouts++;
	return 0;
}

/* --- user memory --- */

unsigned long copy_from_user(void *to, const void __user *from, unsigned long n)
{
	if ((uintptr_t)from < UNIT_BAD_UPTR_LIMIT)
		return n;
	memcpy(to, from, n);
	return 0;
}

unsigned long copy_to_user(void __user *to, const void *from, unsigned long n)
{
	if ((uintptr_t)to < UNIT_BAD_UPTR_LIMIT)
		return n;
	memcpy(to, from, n);
	return 0;
}

/* --- the rest of the kernel --- */

uint64_t unit_now_ns = 1000000000, unit_ns_step = 1000000;

/* The tick count kernel/timer.c compares against; the tests never advance
 * it, so TCP's timers (SYN resend, TIME_WAIT) stay pending. */
volatile u64 jiffies;

u64 ktime_get_ns(void)
{
	u64 t = unit_now_ns;

	unit_now_ns += unit_ns_step;
	return t;
}

bool cmdline_has(const char *word) { return false; }	/* no `pcap` */
void serial_write_raw(int port, const void *buf, size_t len) { }

int unit_sigpipes;

void sock_send_sigpipe(int flags)
{
	if (!(flags & MSG_NOSIGNAL))
		unit_sigpipes++;
}

const struct net_proto_family *unit_families[64];

int sock_register(const struct net_proto_family *fam)
{
	unit_families[fam->family] = fam;
	return 0;
}

static void (*reboot_notifiers[8])(void);

void register_reboot_notifier(void (*fn)(void))
{
	for (size_t i = 0; i < sizeof(reboot_notifiers) / sizeof(reboot_notifiers[0]); i++)
		if (!reboot_notifiers[i]) {
			reboot_notifiers[i] = fn;
			return;
		}
	abort();
}

void unit_power_off(void)
{
	for (size_t i = 0; i < sizeof(reboot_notifiers) / sizeof(reboot_notifiers[0]); i++)
		if (reboot_notifiers[i])
			reboot_notifiers[i]();
}
