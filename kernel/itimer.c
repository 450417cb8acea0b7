/* kernel/itimer.c — alarm(2), setitimer(2) and getitimer(2): SIGALRM
 * after a time, once or every interval (ITIMER_REAL), and the CPU-time
 * timers (Linux: kernel/time/itimer.c).
 *
 * The timer is a kernel timer (kernel/timer.c) in the process's
 * signal_struct; its function (it_real_fn, kernel/signal.c) sends SIGALRM
 * and re-arms itself for the interval.  ITIMER_REAL keeps its deadline
 * in nanoseconds of the monotonic clock, the one programs read (Linux: an
 * hrtimer): the tick timer only wakes it, and it waits on if the tick came
 * before the clock reached the deadline.  The CPU-time timers ITIMER_VIRTUAL (SIGVTALRM, the process's user time) and ITIMER_PROF
 * (SIGPROF, user and system time) count down on the timer tick that
 * charges the time (itimer_tick, from scheduler_tick) — in whole ticks,
 * as Linux without high-resolution CPU clocks.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/errno.h>
#include <linux/uaccess.h>
#include <linux/syscalls.h>
#include <linux/jiffies.h>
#include <uapi/asm/signal.h>

#define ITIMER_REAL	0
#define ITIMER_VIRTUAL	1
#define ITIMER_PROF	2
#define USEC_PER_SEC	1000000L
#define USEC_PER_JIFFY	(USEC_PER_SEC / HZ)

struct timeval32 { s32 tv_sec, tv_usec; };
struct itimerval32 { struct timeval32 it_interval, it_value; };

static u64 tv_to_ticks(const struct timeval32 *tv)
{
	return (u64)tv->tv_sec * HZ + (tv->tv_usec + USEC_PER_JIFFY - 1) / USEC_PER_JIFFY;
}

static u64 tv_to_ns(const struct timeval32 *tv)
{
	return (u64)tv->tv_sec * NSEC_PER_SEC + (u64)tv->tv_usec * 1000;
}

static void ns_to_tv(u64 ns, struct timeval32 *tv)
{
	tv->tv_sec = ns / NSEC_PER_SEC;
	tv->tv_usec = ns % NSEC_PER_SEC / 1000;
}

/* Rounding up to ticks can make INT_MAX s and 999999 us one tick more
 * than a 32-bit timeval holds: that reads back as the largest one, not
 * as a negative time. */
static void ticks_to_tv(u64 ticks, struct timeval32 *tv)
{
	if (ticks / HZ > 0x7fffffff) {
		tv->tv_sec = 0x7fffffff;
		tv->tv_usec = USEC_PER_SEC - 1;
		return;
	}
	tv->tv_sec = ticks / HZ;
	tv->tv_usec = (ticks % HZ) * USEC_PER_JIFFY;
}

static int get_itimer(int which, struct itimerval32 *v)
{
	struct signal_struct *sig = current->signal;
	u64 left = 0;

	switch (which) {
	case ITIMER_REAL:
		if (timer_pending(&sig->real_timer)) {
			u64 now = ktime_get_ns();
			/* Due but not yet sent: 1 us, as Linux. */
			left = sig->it_real_deadline > now + 1000 ? sig->it_real_deadline - now : 1000;
		}
		ns_to_tv(left, &v->it_value);
		ns_to_tv(sig->it_real_incr, &v->it_interval);
		return 0;
	case ITIMER_VIRTUAL:
		ticks_to_tv(sig->it_virt_value, &v->it_value);
		ticks_to_tv(sig->it_virt_incr, &v->it_interval);
		return 0;
	case ITIMER_PROF:
		ticks_to_tv(sig->it_prof_value, &v->it_value);
		ticks_to_tv(sig->it_prof_incr, &v->it_interval);
		return 0;
	}
	return -EINVAL;
}

static int do_setitimer(int which, const struct itimerval32 *v, struct itimerval32 *old)
{
	struct signal_struct *sig = current->signal;
	u64 value = tv_to_ticks(&v->it_value), incr = tv_to_ticks(&v->it_interval);
	struct itimerval32 dummy;

	if (v->it_value.tv_sec < 0 || v->it_value.tv_usec < 0 || v->it_value.tv_usec >= USEC_PER_SEC ||
	    v->it_interval.tv_sec < 0 || v->it_interval.tv_usec < 0 || v->it_interval.tv_usec >= USEC_PER_SEC)
		return -EINVAL;
	if (get_itimer(which, old ? old : &dummy))
		return -EINVAL;
	switch (which) {
	case ITIMER_REAL:
		/* To the microsecond on the monotonic clock, as Linux's
		 * hrtimer; no value, no interval either. */
		del_timer(&sig->real_timer);
		sig->it_real_incr = value ? tv_to_ns(&v->it_interval) : 0;
		if (value) {
			sig->it_real_deadline = ktime_get_ns() + tv_to_ns(&v->it_value);
			mod_timer(&sig->real_timer, jiffies + ns_to_ticks_up(tv_to_ns(&v->it_value)));
		}
		break;
	case ITIMER_VIRTUAL:
		sig->it_virt_value = value;
		sig->it_virt_incr = incr;
		break;
	case ITIMER_PROF:
		sig->it_prof_value = value;
		sig->it_prof_incr = incr;
		break;
	}
	return 0;
}

/* One tick of CPU time charged to the process (from the timer interrupt:
 * sending only marks the signal pending and wakes). */
void itimer_tick(struct signal_struct *sig, bool user)
{
	if (user && sig->it_virt_value && --sig->it_virt_value == 0) {
		sig->it_virt_value = sig->it_virt_incr;
		send_sig(SIGVTALRM, sig->leader);
	}
	if (sig->it_prof_value && --sig->it_prof_value == 0) {
		sig->it_prof_value = sig->it_prof_incr;
		send_sig(SIGPROF, sig->leader);
	}
}

long sys_setitimer(int which, const struct itimerval32 __user *uv, struct itimerval32 __user *uold)
{
	struct itimerval32 v = { { 0, 0 }, { 0, 0 } }, old;
	int err;

	if (uv && copy_from_user(&v, uv, sizeof(v)))
		return -EFAULT;
	err = do_setitimer(which, &v, &old);	/* a NULL value disarms, as Linux */
	if (err)
		return err;
	if (uold && copy_to_user(uold, &old, sizeof(old)))
		return -EFAULT;
	return 0;
}

long sys_getitimer(int which, struct itimerval32 __user *uv)
{
	struct itimerval32 v;
	int err = get_itimer(which, &v);

	if (err)
		return err;
	return copy_to_user(uv, &v, sizeof(v)) ? -EFAULT : 0;
}

/* alarm(seconds): the seconds left of the previous alarm, rounded to the
 * nearest (but at least 1 if any time was left), as Linux. */
long sys_alarm(unsigned int seconds)
{
	struct itimerval32 v = { { 0, 0 }, { (s32)seconds, 0 } }, old;

	if ((s32)seconds < 0)
		v.it_value.tv_sec = 0x7fffffff;
	do_setitimer(ITIMER_REAL, &v, &old);
	if ((!old.it_value.tv_sec && old.it_value.tv_usec) || old.it_value.tv_usec >= 500000)
		old.it_value.tv_sec++;
	return old.it_value.tv_sec;
}
