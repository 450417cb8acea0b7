/* kernel/sys.c — the small system calls about the calling process and
 * time: getpid, getppid, gettid, set_tid_address, sched_yield, nanosleep,
 * clock_gettime, clock_nanosleep (and their 64-bit-time twins). */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/jiffies.h>
#include <linux/errno.h>
#include <linux/uaccess.h>
#include <linux/syscalls.h>
#include <uapi/linux/time.h>

/* A process is a thread group: getpid is the group's id (its first
 * thread's), gettid the caller's own, getppid the process's parent. */
long sys_getpid(void)
{
	return current->tgid;
}

long sys_getppid(void)
{
	struct task_struct *parent = current->group_leader->parent;

	/* Linux reports 0 for a process started by the kernel itself. */
	return parent ? parent->tgid : 0;
}

long sys_gettid(void)
{
	return current->pid;
}

/* There are no users here: every process runs as root, as the auxiliary
 * vector says (AT_UID = 0).  getuid and friends say so too, in both their
 * 16-bit (24, 47, 49, 50) and 32-bit (199..202) forms. */
long sys_getuid(void)
{
	return 0;
}

long sys_set_tid_address(int __user *tidptr)
{
	current->clear_child_tid = (unsigned long)tidptr;
	return current->pid;
}

long sys_sched_yield(void)
{
	schedule();
	return 0;
}

static void ns_to_timespec(u64 ns, long long *sec, long *nsec)
{
	*sec = ns / NSEC_PER_SEC;
	*nsec = ns % NSEC_PER_SEC;
}

/* There is no battery clock: CLOCK_REALTIME counts from boot, as if the
 * machine had booted at the epoch.  Both clocks tick from the PIT. */
static int clock_read(int which, long long *sec, long *nsec)
{
	switch (which) {
	case CLOCK_REALTIME:
	case CLOCK_MONOTONIC:
	case CLOCK_MONOTONIC_RAW:
	case CLOCK_REALTIME_COARSE:
	case CLOCK_MONOTONIC_COARSE:
	case CLOCK_BOOTTIME:
		ns_to_timespec(ktime_get_ns(), sec, nsec);
		return 0;
	default:
		return -EINVAL;
	}
}

long sys_clock_gettime(int which, struct timespec __user *tp)
{
	long long sec;
	struct timespec ts;
	int err = clock_read(which, &sec, &ts.tv_nsec);

	if (err)
		return err;
	ts.tv_sec = sec;
	return copy_to_user(tp, &ts, sizeof(ts)) ? -EFAULT : 0;
}

long sys_clock_gettime64(int which, void __user *tp)
{
	struct { long long tv_sec; long long tv_nsec; } ts;
	long nsec;
	int err = clock_read(which, &ts.tv_sec, &nsec);

	if (err)
		return err;
	ts.tv_nsec = nsec;
	return copy_to_user(tp, &ts, sizeof(ts)) ? -EFAULT : 0;
}

/* Sleep until the monotonic deadline on the timer (schedule_timeout, in
 * whole ticks rounded up so we never wake early).  A signal ends it:
 * -EINTR, with the time left in *left. */
static long do_nanosleep(u64 deadline, u64 *left)
{
	for (;;) {
		u64 now = ktime_get_ns();

		if (now >= deadline)
			return 0;
		if (signal_pending_current()) {
			*left = deadline - now;
			return -EINTR;
		}
		current->state = TASK_INTERRUPTIBLE;
		schedule_timeout((deadline - now + NSEC_PER_JIFFY - 1) / NSEC_PER_JIFFY);
		current->state = TASK_RUNNING;
	}
}

static int put_timespec(u64 ns, void __user *to, bool time64)
{
	long long sec;
	long nsec;

	ns_to_timespec(ns, &sec, &nsec);
	if (time64) {
		struct __kernel_timespec64 ts = { .tv_sec = sec, .tv_nsec = nsec };

		return copy_to_user(to, &ts, sizeof(ts)) ? -EFAULT : 0;
	} else {
		struct timespec ts = { .tv_sec = sec, .tv_nsec = nsec };

		return copy_to_user(to, &ts, sizeof(ts)) ? -EFAULT : 0;
	}
}

static long nanosleep_restart(struct restart_block *rb);

/* A signal came during a sleep until `deadline` (Linux's do_nanosleep):
 * a relative sleep writes the time left to rmtp and returns
 * -ERESTART_RESTARTBLOCK, so that a handler gets EINTR and a stop and
 * SIGCONT (no handler) sleep on for the rest through restart_syscall; an
 * absolute one (TIMER_ABSTIME) simply restarts (-ERESTARTNOHAND). */
static long sleep_until(u64 deadline, void __user *rmtp, bool time64, bool abs)
{
	struct restart_block *rb = &current->restart_block;
	u64 left;
	long ret = do_nanosleep(deadline, &left);

	if (ret != -EINTR)
		return ret;
	if (abs)
		return -ERESTARTNOHAND;
	if (rmtp && put_timespec(left, rmtp, time64))
		return -EFAULT;
	rb->fn = nanosleep_restart;
	rb->deadline = deadline;
	rb->rmtp = rmtp;
	rb->time64 = time64;
	return -ERESTART_RESTARTBLOCK;
}

static long nanosleep_restart(struct restart_block *rb)
{
	return sleep_until(rb->deadline, rb->rmtp, rb->time64, false);
}

long sys_nanosleep(const struct timespec __user *rqtp, struct timespec __user *rmtp)
{
	struct timespec ts;

	if (copy_from_user(&ts, rqtp, sizeof(ts)))
		return -EFAULT;
	if (ts.tv_sec < 0 || ts.tv_nsec < 0 || ts.tv_nsec >= NSEC_PER_SEC)
		return -EINVAL;
	return sleep_until(ktime_get_ns() + (u64)ts.tv_sec * NSEC_PER_SEC + ts.tv_nsec, rmtp, false, false);
}

/* clock_nanosleep: the same on a named clock, relative or (TIMER_ABSTIME)
 * until a time of that clock; what glibc's nanosleep and sleep call.
 * The time left is written only for a relative sleep. */
static long clock_nanosleep_common(int which, int flags, long long sec, long nsec, void __user *rmtp, bool time64)
{
	u64 now = ktime_get_ns(), t;

	switch (which) {
	case CLOCK_REALTIME:
	case CLOCK_MONOTONIC:
	case CLOCK_BOOTTIME:
		break;
	default:
		return -EINVAL;		/* (Linux also sleeps on CPU-time clocks) */
	}
	if (sec < 0 || nsec < 0 || nsec >= NSEC_PER_SEC)
		return -EINVAL;
	t = (u64)sec * NSEC_PER_SEC + nsec;
	if (!(flags & TIMER_ABSTIME))
		t += now;
	else if (which == CLOCK_REALTIME)
		t = t + now - ktime_get_real_ns();
	return sleep_until(t, rmtp, time64, flags & TIMER_ABSTIME);
}

long sys_clock_nanosleep(int which, int flags, const struct timespec __user *rqtp, struct timespec __user *rmtp)
{
	struct timespec ts;

	if (copy_from_user(&ts, rqtp, sizeof(ts)))
		return -EFAULT;
	return clock_nanosleep_common(which, flags, ts.tv_sec, ts.tv_nsec, rmtp, false);
}

long sys_clock_nanosleep_time64(int which, int flags, const struct __kernel_timespec64 __user *rqtp,
				struct __kernel_timespec64 __user *rmtp)
{
	struct __kernel_timespec64 ts;

	if (copy_from_user(&ts, rqtp, sizeof(ts)))
		return -EFAULT;
	/* As Linux's get_timespec64 for a 32-bit task: nsec is 32 bits. */
	return clock_nanosleep_common(which, flags, ts.tv_sec, (s32)ts.tv_nsec, rmtp, true);
}
