/* kernel/poll.c — poll(2): wait for any of several files to be ready.
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

long sys_poll(struct pollfd __user *ufds, unsigned int nfds, int timeout_msecs)
{
	struct pollfd *fds;
	poll_table pt = { 0 };
	/* In 64 bits: a timeout of more than 36 minutes overflows 32. */
	long timeout = timeout_msecs < 0 ? MAX_SCHEDULE_TIMEOUT :
		(long)min(((s64)timeout_msecs * HZ + 999) / 1000, (s64)MAX_SCHEDULE_TIMEOUT - 1);
	long ret;

	if (nfds > NR_OPEN)
		return -EINVAL;
	fds = kmalloc(nfds * sizeof(*fds) + 1);
	pt.max = nfds * QUEUES_PER_FILE;
	pt.entries = kmalloc(pt.max * sizeof(*pt.entries) + 1);
	pt.heads = kmalloc(pt.max * sizeof(*pt.heads) + 1);
	if (!fds || !pt.entries || !pt.heads) {
		ret = -ENOMEM;
		goto out;
	}
	if (copy_from_user(fds, ufds, nfds * sizeof(*fds))) {
		ret = -EFAULT;
		goto out;
	}
	for (;;) {
		/* Mark ourselves sleeping before looking, so a wake_up between
		 * the look and schedule() is not lost. */
		current->state = TASK_INTERRUPTIBLE;
		ret = do_pollfd(fds, nfds, &pt);
		if (ret || !timeout)
			break;
		if (signal_pending_current()) {
			ret = -EINTR;
			break;
		}
		timeout = schedule_timeout(timeout);
		poll_freewait(&pt);
	}
	current->state = TASK_RUNNING;
	poll_freewait(&pt);
	if (ret >= 0) {
		for (unsigned int i = 0; i < nfds; i++)
			if (put_user(fds[i].revents, &ufds[i].revents)) {
				ret = -EFAULT;
				break;
			}
	}
out:
	kfree(fds);
	kfree(pt.entries);
	kfree(pt.heads);
	return ret;
}
