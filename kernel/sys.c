/* kernel/sys.c — the small system calls about the calling process and
 * time: getpid, getppid, gettid, set_tid_address, sched_yield, nanosleep,
 * clock_gettime (and its 64-bit-time twin). */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/jiffies.h>
#include <linux/errno.h>
#include <linux/uaccess.h>
#include <linux/syscalls.h>
#include <uapi/linux/time.h>

long sys_getpid(void)
{
	return current->pid;
}

long sys_getppid(void)
{
	/* Linux reports 0 for a process started by the kernel itself. */
	return current->parent ? current->parent->pid : 0;
}

long sys_gettid(void)
{
	return current->pid;		/* one thread per process */
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

static long nanosleep_restart(struct restart_block *rb);

/* Sleep until ktime_get_ns() reaches deadline, in whole ticks rounded up
 * so we never wake early.  A signal ends it: the time left goes to rmtp and
 * the call returns -ERESTART_RESTARTBLOCK — EINTR if a handler runs, else
 * (a stop and SIGCONT) restart_syscall sleeps for the rest (restart_block). */
static long do_nanosleep(u64 deadline, struct timespec __user *rmtp)
{
	for (;;) {
		u64 now = ktime_get_ns();

		if (now >= deadline)
			return 0;
		if (signal_pending_current()) {
			struct restart_block *rb = &current->restart_block;

			if (rmtp) {
				struct timespec ts;
				long long sec;

				ns_to_timespec(deadline - now, &sec, &ts.tv_nsec);
				ts.tv_sec = sec;
				if (copy_to_user(rmtp, &ts, sizeof(ts)))
					return -EFAULT;
			}
			rb->fn = nanosleep_restart;
			rb->deadline = deadline;
			rb->rmtp = rmtp;
			return -ERESTART_RESTARTBLOCK;
		}
		current->state = TASK_INTERRUPTIBLE;
		schedule_timeout((deadline - now + NSEC_PER_JIFFY - 1) / NSEC_PER_JIFFY);
		current->state = TASK_RUNNING;
	}
}

static long nanosleep_restart(struct restart_block *rb)
{
	return do_nanosleep(rb->deadline, rb->rmtp);
}

long sys_nanosleep(const struct timespec __user *rqtp, struct timespec __user *rmtp)
{
	struct timespec ts;

	if (copy_from_user(&ts, rqtp, sizeof(ts)))
		return -EFAULT;
	if (ts.tv_sec < 0 || ts.tv_nsec < 0 || ts.tv_nsec >= NSEC_PER_SEC)
		return -EINVAL;
	return do_nanosleep(ktime_get_ns() + (u64)ts.tv_sec * NSEC_PER_SEC + ts.tv_nsec, rmtp);
}
