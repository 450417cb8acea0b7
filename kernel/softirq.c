/* kernel/softirq.c — deferred work (see include/linux/interrupt.h).
 * A subsystem registers an action with open_softirq and marks it pending
 * with raise_softirq; do_softirq runs pending actions until none is left.
 * The scheduler calls it before switching tasks, and the return to user
 * mode before iret.  It never runs inside itself. */
#include <linux/kernel.h>
#include <linux/interrupt.h>

static void (*softirq_vec[NR_SOFTIRQS])(void);
static unsigned int pending;
static bool in_softirq;

void open_softirq(int nr, void (*action)(void))
{
	softirq_vec[nr] = action;
}

void raise_softirq(int nr)
{
	pending |= 1u << nr;
}

void do_softirq(void)
{
	if (in_softirq)
		return;
	in_softirq = true;
	while (pending) {
		for (int nr = 0; nr < NR_SOFTIRQS; nr++)
			if (pending & (1u << nr)) {
				pending &= ~(1u << nr);
				softirq_vec[nr]();
			}
	}
	in_softirq = false;
}
