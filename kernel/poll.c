/* kernel/poll.c — poll(2) and select(2): wait for any of several files
 * to be ready.
 *
 * Ask every file's ->poll what is ready; if something is, or the timeout is
 * zero, report.  Otherwise sleep on every wait queue the files named
 * (poll_wait) until one is woken, the timeout passes, or a signal comes,
 * and ask again.  This is one mechanism for every kind of file: the
 * console, and sockets.  (Linux keeps this in fs/select.c.)
 */
#include <linux/kernel.h>
#include <linux/poll.h>
#include <linux/file.h>
#include <linux/sched.h>
#include <linux/jiffies.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/uaccess.h>
#include <linux/syscalls.h>

#define QUEUES_PER_FILE	2		/* a socket: its own and its peer's */

void poll_wait(struct file *f, wait_queue_head_t *wq, poll_table *pt)
{
	(void)f;
	if (!pt || pt->n >= pt->max)
		return;
	init_wait_entry(&pt->entries[pt->n]);
	add_wait_queue(wq, &pt->entries[pt->n]);
	pt->heads[pt->n++] = wq;
}

static void poll_freewait(poll_table *pt)
{
	for (int i = 0; i < pt->n; i++)
		remove_wait_queue(pt->heads[i], &pt->entries[i]);
	pt->n = 0;
}

/* One pass over the descriptors; registers on wait queues if pt != NULL. */
static int do_pollfd(struct pollfd *fds, unsigned int nfds, poll_table *pt)
{
	int count = 0;

	for (unsigned int i = 0; i < nfds; i++) {
		struct file *f;
		unsigned int mask;

		fds[i].revents = 0;
		if (fds[i].fd < 0)
			continue;
		f = fget(fds[i].fd);
		if (!f) {
			mask = POLLNVAL;
		} else {
			mask = f->f_op->poll ? f->f_op->poll(f, pt) : (POLLIN | POLLOUT | POLLRDNORM | POLLWRNORM);
			/* Errors and hang-ups are reported even if not asked for. */
			mask &= fds[i].events | POLLERR | POLLHUP;
		}
		fds[i].revents = mask;
		if (mask)
			count++;
	}
	return count;
}

/* Wait until some descriptor in fds is ready, for at most *timeout ticks
 * (what is left is written back): the number of ready descriptors, 0 when
 * the time ran out, -ERESTARTNOHAND on a signal (EINTR if a handler runs).  poll and select both end here. */
static long do_poll(struct pollfd *fds, unsigned int nfds, long *timeout)
{
	poll_table pt = { 0 };
	long ret;

	pt.max = nfds * QUEUES_PER_FILE;
	pt.entries = kmalloc(pt.max * sizeof(*pt.entries) + 1);
	pt.heads = kmalloc(pt.max * sizeof(*pt.heads) + 1);
	if (!pt.entries || !pt.heads) {
		ret = -ENOMEM;
		goto out;
	}
	for (;;) {
		/* Mark ourselves sleeping before looking, so a wake_up between
		 * the look and schedule() is not lost. */
		current->state = TASK_INTERRUPTIBLE;
		ret = do_pollfd(fds, nfds, &pt);
		if (ret || !*timeout)
			break;
		if (signal_pending_current()) {
			ret = -ERESTARTNOHAND;	/* EINTR even under SA_RESTART */
			break;
		}
		*timeout = schedule_timeout(*timeout);
		poll_freewait(&pt);
	}
	current->state = TASK_RUNNING;
	poll_freewait(&pt);
out:
	kfree(pt.entries);
	kfree(pt.heads);
	return ret;
}

static long ms_to_ticks(s64 ms)
{
	/* In 64 bits: a timeout of more than 36 minutes overflows 32. */
	return (long)min((ms * HZ + 999) / 1000, (s64)MAX_SCHEDULE_TIMEOUT - 1);
}

long sys_poll(struct pollfd __user *ufds, unsigned int nfds, int timeout_msecs)
{
	long timeout = timeout_msecs < 0 ? MAX_SCHEDULE_TIMEOUT : ms_to_ticks(timeout_msecs);
	struct pollfd *fds;
	long ret;

	if (nfds > NR_OPEN)
		return -EINVAL;
	fds = kmalloc(nfds * sizeof(*fds) + 1);
	if (!fds)
		return -ENOMEM;
	ret = copy_from_user(fds, ufds, nfds * sizeof(*fds)) ? -EFAULT : do_poll(fds, nfds, &timeout);
	if (ret >= 0) {
		for (unsigned int i = 0; i < nfds; i++)
			if (put_user(fds[i].revents, &ufds[i].revents)) {
				ret = -EFAULT;
				break;
			}
	}
	kfree(fds);
	return ret;
}

/* select(2) (the i386 _newselect, 142), on the same machinery: the three
 * bitmaps become pollfds, and the answer goes back into the bitmaps with
 * Linux's rules — readable: POLLIN, POLLHUP or POLLERR; writable: POLLOUT
 * or POLLERR; exceptional: POLLPRI.  Descriptors past our table's size
 * are ignored, as Linux ignores those past its own; a set bit for a
 * descriptor that is not open is EBADF.  The time left is written back. */
#define POLLIN_SET	(POLLRDNORM | POLLIN | POLLHUP | POLLERR)
#define POLLOUT_SET	(POLLWRNORM | POLLOUT | POLLERR)
#define POLLEX_SET	POLLPRI
#define FDS_WORDS	((NR_OPEN + 31) / 32)

struct old_timeval32 { s32 tv_sec, tv_usec; };

static long core_sys_select(int n, u32 __user *inp, u32 __user *outp, u32 __user *exp, long *timeout)
{
	u32 in[FDS_WORDS] = { 0 }, out[FDS_WORDS] = { 0 }, ex[FDS_WORDS] = { 0 };
	u32 rin[FDS_WORDS] = { 0 }, rout[FDS_WORDS] = { 0 }, rex[FDS_WORDS] = { 0 };
	struct pollfd fds[NR_OPEN];
	long ret;
	unsigned int nfds = 0, bytes;

	if (n < 0)
		return -EINVAL;
	if (n > NR_OPEN)
		n = NR_OPEN;
	bytes = (n + 31) / 32 * 4;
	if ((inp && copy_from_user(in, inp, bytes)) || (outp && copy_from_user(out, outp, bytes)) ||
	    (exp && copy_from_user(ex, exp, bytes)))
		return -EFAULT;
	for (int fd = 0; fd < n; fd++) {
		u32 bit = 1u << (fd % 32);
		short events = 0;

		if (in[fd / 32] & bit)
			events |= POLLIN_SET;
		if (out[fd / 32] & bit)
			events |= POLLOUT_SET;
		if (ex[fd / 32] & bit)
			events |= POLLEX_SET;
		if (!events)
			continue;
		if (!fget(fd))
			return -EBADF;
		fds[nfds].fd = fd;
		fds[nfds].events = events;
		nfds++;
	}
	ret = do_poll(fds, nfds, timeout);
	if (ret < 0)
		return ret;
	ret = 0;
	for (unsigned int i = 0; i < nfds; i++) {
		int fd = fds[i].fd;
		u32 bit = 1u << (fd % 32);

		if ((in[fd / 32] & bit) && (fds[i].revents & POLLIN_SET)) {
			rin[fd / 32] |= bit;
			ret++;
		}
		if ((out[fd / 32] & bit) && (fds[i].revents & POLLOUT_SET)) {
			rout[fd / 32] |= bit;
			ret++;
		}
		if ((ex[fd / 32] & bit) && (fds[i].revents & POLLEX_SET)) {
			rex[fd / 32] |= bit;
			ret++;
		}
	}
	if ((inp && copy_to_user(inp, rin, bytes)) || (outp && copy_to_user(outp, rout, bytes)) ||
	    (exp && copy_to_user(exp, rex, bytes)))
		return -EFAULT;
	return ret;
}

long sys_select(int n, u32 __user *inp, u32 __user *outp, u32 __user *exp, struct old_timeval32 __user *tvp)
{
	struct old_timeval32 tv;
	long timeout = MAX_SCHEDULE_TIMEOUT, ret;

	if (tvp) {
		if (copy_from_user(&tv, tvp, sizeof(tv)))
			return -EFAULT;
		if (tv.tv_sec < 0 || tv.tv_usec < 0)
			return -EINVAL;
		timeout = ms_to_ticks((s64)tv.tv_sec * 1000 + tv.tv_usec / 1000 + (tv.tv_usec % 1000 ? 1 : 0));
	}
	ret = core_sys_select(n, inp, outp, exp, &timeout);
	if (tvp && timeout != MAX_SCHEDULE_TIMEOUT && (ret >= 0 || ret == -ERESTARTNOHAND)) {
		tv.tv_sec = timeout / HZ;
		tv.tv_usec = (timeout % HZ) * (1000000 / HZ);
		copy_to_user(tvp, &tv, sizeof(tv));	/* as Linux: a failure here is ignored */
	}
	return ret;
}

/* pselect6 (glibc's select): a timespec, and a signal mask to hold while
 * waiting — set before the wait and put back after it, or, if a signal
 * interrupted it, after that signal's handler has run (restore_sigmask),
 * so that a signal unblocked only here is not missed. */
struct sigset_argpack { u32 ss, ss_len; };

static long do_pselect(int n, u32 __user *inp, u32 __user *outp, u32 __user *exp, s64 sec, s64 nsec,
		       bool timed, const struct sigset_argpack __user *sigp, void __user *tsp, bool time64)
{
	struct sigset_argpack pack = { 0, 0 };
	long timeout = MAX_SCHEDULE_TIMEOUT, ret;
	u64 mask;

	if (timed) {
		if (sec < 0 || nsec < 0 || nsec >= 1000000000)
			return -EINVAL;
		timeout = ms_to_ticks(sec * 1000 + nsec / 1000000 + (nsec % 1000000 ? 1 : 0));
	}
	if (sigp && copy_from_user(&pack, sigp, sizeof(pack)))
		return -EFAULT;
	if (pack.ss) {
		if (pack.ss_len != sizeof(mask))
			return -EINVAL;
		if (copy_from_user(&mask, (void __user *)pack.ss, sizeof(mask)))
			return -EFAULT;
		current->saved_sigmask = current->blocked;
		set_current_blocked(mask);
	}
	ret = core_sys_select(n, inp, outp, exp, &timeout);
	if (pack.ss) {
		if (ret == -ERESTARTNOHAND)
			current->restore_sigmask = true;
		else
			set_current_blocked(current->saved_sigmask);
	}
	if (timed && (ret >= 0 || ret == -ERESTARTNOHAND)) {	/* the time left, as Linux */
		if (time64) {
			struct { s64 s, ns; } t = { timeout / HZ, (timeout % HZ) * (1000000000 / HZ) };

			copy_to_user(tsp, &t, sizeof(t));
		} else {
			struct { s32 s, ns; } t = { timeout / HZ, (timeout % HZ) * (1000000000 / HZ) };

			copy_to_user(tsp, &t, sizeof(t));
		}
	}
	return ret;
}

long sys_pselect6(int n, u32 __user *inp, u32 __user *outp, u32 __user *exp, void __user *tsp,
		  const void __user *sigp)
{
	struct { s32 s, ns; } t = { 0, 0 };

	if (tsp && copy_from_user(&t, tsp, sizeof(t)))
		return -EFAULT;
	return do_pselect(n, inp, outp, exp, t.s, t.ns, tsp != NULL, sigp, tsp, false);
}

long sys_pselect6_time64(int n, u32 __user *inp, u32 __user *outp, u32 __user *exp, void __user *tsp,
			 const void __user *sigp)
{
	struct { s64 s, ns; } t = { 0, 0 };

	if (tsp && copy_from_user(&t, tsp, sizeof(t)))
		return -EFAULT;
	return do_pselect(n, inp, outp, exp, t.s, (s32)t.ns, tsp != NULL, sigp, tsp, true);
}
