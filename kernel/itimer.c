/* kernel/itimer.c — alarm(2), setitimer(2) and getitimer(2) for
 * ITIMER_REAL: SIGALRM after a time, once or every interval (Linux:
 * kernel/time/itimer.c).
 *
 * The timer is a kernel timer (kernel/timer.c) in the process's
 * signal_struct; its function (it_real_fn, kernel/signal.c) sends SIGALRM
 * and re-arms itself for the interval.  Times are kept in ticks (1 ms),
 * rounded up so that the signal never comes early.  ITIMER_VIRTUAL and
 * ITIMER_PROF (CPU-time timers) are not implemented: EINVAL.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/errno.h>
#include <linux/uaccess.h>
#include <linux/syscalls.h>
#include <linux/jiffies.h>

#define ITIMER_REAL	0
#define USEC_PER_SEC	1000000L
#define USEC_PER_JIFFY	(USEC_PER_SEC / HZ)

struct timeval32 { s32 tv_sec, tv_usec; };
struct itimerval32 { struct timeval32 it_interval, it_value; };

static u64 tv_to_ticks(const struct timeval32 *tv)
{
	return (u64)tv->tv_sec * HZ + (tv->tv_usec + USEC_PER_JIFFY - 1) / USEC_PER_JIFFY;
}

static void ticks_to_tv(u64 ticks, struct timeval32 *tv)
{
	tv->tv_sec = ticks / HZ;
	tv->tv_usec = (ticks % HZ) * USEC_PER_JIFFY;
}

static void get_real(struct itimerval32 *v)
{
	struct signal_struct *sig = current->signal;
	u64 left = 0;

	if (timer_pending(&sig->real_timer))
		left = sig->real_timer.expires > jiffies ? sig->real_timer.expires - jiffies : 1;
	ticks_to_tv(left, &v->it_value);
	ticks_to_tv(sig->it_real_incr, &v->it_interval);
}

static int do_setitimer(int which, const struct itimerval32 *v, struct itimerval32 *old)
{
	struct signal_struct *sig = current->signal;

	if (which != ITIMER_REAL)
		return -EINVAL;
	if (v->it_value.tv_sec < 0 || v->it_value.tv_usec < 0 || v->it_value.tv_usec >= USEC_PER_SEC ||
	    v->it_interval.tv_sec < 0 || v->it_interval.tv_usec < 0 || v->it_interval.tv_usec >= USEC_PER_SEC)
		return -EINVAL;
	if (old)
		get_real(old);
	del_timer(&sig->real_timer);
	sig->it_real_incr = tv_to_ticks(&v->it_interval);
	if (v->it_value.tv_sec || v->it_value.tv_usec)
		mod_timer(&sig->real_timer, jiffies + tv_to_ticks(&v->it_value));
	return 0;
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

	if (which != ITIMER_REAL)
		return -EINVAL;
	get_real(&v);
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
