/* kernel/futex.c — futex(2): the one system call behind pthread mutexes,
 * condition variables, joins and semaphores; set_robust_list(2).
 *
 * A futex is any aligned 32-bit word of user memory.  A thread library
 * takes and releases its locks with atomic instructions alone, and calls
 * the kernel only to sleep (FUTEX_WAIT: "sleep if the word still holds
 * val") or to wake sleepers (FUTEX_WAKE).  Checking the word and going to
 * sleep is one step here — the kernel is not preempted and runs with
 * interrupts off — so a wake between the user's check and the sleep is
 * never lost: the word has changed, and FUTEX_WAIT says EAGAIN.
 *
 * A sleeper is a struct futex_q on its own kernel stack, on one list of
 * all sleepers (Linux hashes them; with at most 64 tasks a list is
 * plenty).  Its key is the address space and the user address (Linux's
 * key for private mappings, which are all we have), so the threads of one
 * process meet on a word, and a forked child's copy of it is another word.
 *
 * Linux's counterpart: kernel/futex/ (syscalls.c, core.c, waitwake.c,
 * requeue.c).
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/list.h>
#include <linux/jiffies.h>
#include <linux/errno.h>
#include <linux/uaccess.h>
#include <linux/syscalls.h>
#include <linux/futex.h>
#include <uapi/linux/time.h>

struct futex_q {
	struct list_head list;
	struct mm_struct *mm;		/* the key: address space ... */
	unsigned long uaddr;		/* ... and user address */
	u32 bitset;			/* FUTEX_WAIT_BITSET: which wakes concern us */
	struct task_struct *task;
	bool woken;			/* taken off the list by a waker */
};

static LIST_HEAD(futex_queue);

/* Linux's get_futex_key: the word must be aligned and in user space; a
 * shared (non-PRIVATE) futex is looked up through its page, so it must
 * also be mapped. */
static int futex_key_ok(unsigned long uaddr, bool private)
{
	if (uaddr & 3)
		return -EINVAL;
	if (!access_ok((void __user *)uaddr, sizeof(u32)))
		return -EFAULT;
	if (!private && !user_page_kaddr(current->mm, uaddr, false))
		return -EFAULT;
	return 0;
}

static bool futex_match(const struct futex_q *q, struct mm_struct *mm, unsigned long uaddr)
{
	return q->mm == mm && q->uaddr == uaddr;
}

static void wake_futex(struct futex_q *q)
{
	list_del_init(&q->list);
	q->woken = true;
	wake_up_process(q->task);
}

/* Wake at most nr_wake sleepers on (mm, uaddr) whose bitset meets ours
 * (always at least one, as Linux does for nr_wake <= 0).  Exit uses it
 * for CLONE_CHILD_CLEARTID. */
int futex_wake(struct mm_struct *mm, unsigned long uaddr, int nr_wake, u32 bitset)
{
	struct list_head *pos, *n;
	int woken = 0;

	if (!bitset)
		return -EINVAL;
	list_for_each_safe(pos, n, &futex_queue) {
		struct futex_q *q = list_entry(pos, struct futex_q, list);

		if (!futex_match(q, mm, uaddr) || !(q->bitset & bitset))
			continue;
		wake_futex(q);
		if (++woken >= nr_wake)
			break;
	}
	return woken;
}

/* Sleep on uaddr if it still holds val, until a FUTEX_WAKE, the deadline
 * (monotonic ns; 0: none), or a signal. */
static long futex_wait(unsigned long uaddr, bool private, u32 val, u64 deadline, u32 bitset)
{
	struct futex_q q = { .mm = current->mm, .uaddr = uaddr, .bitset = bitset, .task = current };
	long ret = 0;
	u32 cur;
	int err;

	if (!bitset)
		return -EINVAL;
	err = futex_key_ok(uaddr, private);
	if (err)
		return err;
	if (get_user(cur, (u32 __user *)uaddr))
		return -EFAULT;
	if (cur != val)
		return -EAGAIN;
	list_add_tail(&q.list, &futex_queue);
	for (;;) {
		u64 now = ktime_get_ns();

		current->state = TASK_INTERRUPTIBLE;
		if (q.woken)
			break;
		if (deadline && now >= deadline) {
			ret = -ETIMEDOUT;
			break;
		}
		/* Linux: with no timeout the call is restarted after a handler
		 * if SA_RESTART says so; with one, it is EINTR. */
		if (signal_pending_current()) {
			ret = deadline ? -EINTR : -ERESTARTSYS;
			break;
		}
		/* schedule_timeout counts ticks in a long: a deadline more
		 * than 2^30 ticks (months) away is waited for as none. */
		if (deadline && deadline - now < (u64)0x3fffffff * NSEC_PER_JIFFY)
			schedule_timeout((deadline - now + NSEC_PER_JIFFY - 1) / NSEC_PER_JIFFY);
		else
			schedule();
	}
	current->state = TASK_RUNNING;
	if (!q.woken)
		list_del_init(&q.list);
	return ret;
}

/* FUTEX_REQUEUE / FUTEX_CMP_REQUEUE: wake nr_wake sleepers on uaddr and
 * move up to nr_requeue of the others to uaddr2 (a condition variable's
 * broadcast hands its waiters to the mutex instead of waking them all). */
static long futex_requeue(unsigned long uaddr, unsigned long uaddr2, bool private,
			  int nr_wake, int nr_requeue, const u32 *cmpval)
{
	struct mm_struct *mm = current->mm;
	struct list_head *pos, *n;
	int woken = 0, moved = 0, err;
	u32 cur;

	if (nr_wake < 0 || nr_requeue < 0)
		return -EINVAL;
	err = futex_key_ok(uaddr, private);
	if (!err)
		err = futex_key_ok(uaddr2, private);
	if (err)
		return err;
	if (cmpval) {
		if (get_user(cur, (u32 __user *)uaddr))
			return -EFAULT;
		if (cur != *cmpval)
			return -EAGAIN;
	}
	list_for_each_safe(pos, n, &futex_queue) {
		struct futex_q *q = list_entry(pos, struct futex_q, list);

		if (!futex_match(q, mm, uaddr))
			continue;
		if (woken < nr_wake) {
			wake_futex(q);
			woken++;
		} else if (moved < nr_requeue) {
			q->uaddr = uaddr2;
			moved++;
		} else {
			break;
		}
	}
	return woken + moved;
}

/* FUTEX_WAKE_OP: change *uaddr2 as encoded_op says, wake on uaddr, and
 * also on uaddr2 if the old value of *uaddr2 passes the encoded test. */
static long futex_wake_op(unsigned long uaddr, unsigned long uaddr2, bool private,
			  int nr_wake, int nr_wake2, u32 encoded_op)
{
	unsigned int op = (encoded_op >> 28) & 7, cmp = (encoded_op >> 24) & 15;
	int oparg = (int)(encoded_op << 8) >> 20, cmparg = (int)(encoded_op << 20) >> 20;
	int oldval, newval, err, woken;
	bool hit;

	if (encoded_op & (FUTEX_OP_OPARG_SHIFT << 28))
		oparg = 1 << (oparg & 31);
	err = futex_key_ok(uaddr, private);
	if (!err)
		err = futex_key_ok(uaddr2, private);
	if (err)
		return err;
	if (get_user(oldval, (int __user *)uaddr2))
		return -EFAULT;
	switch (op) {
	case FUTEX_OP_SET:  newval = oparg; break;
	case FUTEX_OP_ADD:  newval = oldval + oparg; break;
	case FUTEX_OP_OR:   newval = oldval | oparg; break;
	case FUTEX_OP_ANDN: newval = oldval & ~oparg; break;
	case FUTEX_OP_XOR:  newval = oldval ^ oparg; break;
	default: return -ENOSYS;
	}
	switch (cmp) {
	case FUTEX_OP_CMP_EQ: hit = oldval == cmparg; break;
	case FUTEX_OP_CMP_NE: hit = oldval != cmparg; break;
	case FUTEX_OP_CMP_LT: hit = oldval < cmparg; break;
	case FUTEX_OP_CMP_LE: hit = oldval <= cmparg; break;
	case FUTEX_OP_CMP_GT: hit = oldval > cmparg; break;
	case FUTEX_OP_CMP_GE: hit = oldval >= cmparg; break;
	default: return -ENOSYS;
	}
	if (put_user(newval, (int __user *)uaddr2))
		return -EFAULT;
	woken = futex_wake(current->mm, uaddr, nr_wake, FUTEX_BITSET_MATCH_ANY);
	if (hit)
		woken += futex_wake(current->mm, uaddr2, nr_wake2, FUTEX_BITSET_MATCH_ANY);
	return woken;
}

static bool cmd_has_timeout(int cmd)
{
	return cmd == FUTEX_WAIT || cmd == FUTEX_WAIT_BITSET;
}

/* The timeout, as a monotonic deadline in ns: FUTEX_WAIT's is relative,
 * FUTEX_WAIT_BITSET's absolute — on CLOCK_REALTIME with that flag.  As
 * Linux's ktime, a time too far away to count in nanoseconds saturates
 * (FUTEX_NEVER: only a wake or a signal ends the wait), and nothing may
 * wrap around: an absolute time already past is a deadline already past. */
#define FUTEX_NEVER	((u64)0x7fffffffffffffffull)

static u64 add_saturating(u64 a, u64 b)
{
	return a + b < a || a + b > FUTEX_NEVER ? FUTEX_NEVER : a + b;
}

static int futex_deadline(int cmd, int op, long long sec, long long nsec, u64 *deadline)
{
	u64 t, now = ktime_get_ns();

	if (sec < 0 || nsec < 0 || nsec >= NSEC_PER_SEC)
		return -EINVAL;
	if ((u64)sec >= FUTEX_NEVER / NSEC_PER_SEC)
		t = FUTEX_NEVER;
	else
		t = (u64)sec * NSEC_PER_SEC + nsec;
	if (cmd == FUTEX_WAIT) {
		t = add_saturating(now, t);
	} else if (op & FUTEX_CLOCK_REALTIME) {
		u64 real = ktime_get_real_ns();

		t = t <= real ? 1 : add_saturating(now, t - real);
	}
	*deadline = t ? t : 1;		/* 0 means "no timeout" below */
	return 0;
}

static long do_futex(u32 __user *uaddr, int op, u32 val, u64 deadline,
		     u32 __user *uaddr2, u32 val2, u32 val3)
{
	int cmd = op & FUTEX_CMD_MASK;
	bool private = op & FUTEX_PRIVATE_FLAG;
	unsigned long a = (unsigned long)uaddr, a2 = (unsigned long)uaddr2;

	/* (Linux 4.5 and later also accept it with FUTEX_WAIT, whose timeout
	 * stays relative.) */
	if ((op & FUTEX_CLOCK_REALTIME) && cmd != FUTEX_WAIT && cmd != FUTEX_WAIT_BITSET)
		return -ENOSYS;
	switch (cmd) {
	case FUTEX_WAIT:
		return futex_wait(a, private, val, deadline, FUTEX_BITSET_MATCH_ANY);
	case FUTEX_WAIT_BITSET:
		return futex_wait(a, private, val, deadline, val3);
	case FUTEX_WAKE:
		val3 = FUTEX_BITSET_MATCH_ANY;
		/* fall through */
	case FUTEX_WAKE_BITSET: {
		int err = futex_key_ok(a, private);

		return err ? err : futex_wake(current->mm, a, val, val3);
	}
	case FUTEX_REQUEUE:
		return futex_requeue(a, a2, private, val, val2, NULL);
	case FUTEX_CMP_REQUEUE:
		return futex_requeue(a, a2, private, val, val2, &val3);
	case FUTEX_WAKE_OP:
		return futex_wake_op(a, a2, private, val, val2, val3);
	}
	/* The priority-inheritance operations (FUTEX_LOCK_PI ...), which
	 * only PTHREAD_PRIO_INHERIT mutexes use, are not implemented. */
	return -ENOSYS;
}

/* futex(2) with the i386 32-bit struct timespec ... */
long sys_futex(u32 __user *uaddr, int op, u32 val, const struct timespec __user *utime,
	       u32 __user *uaddr2, u32 val3)
{
	int cmd = op & FUTEX_CMD_MASK;
	u64 deadline = 0;

	if (utime && cmd_has_timeout(cmd)) {
		struct timespec ts;
		int err;

		if (copy_from_user(&ts, utime, sizeof(ts)))
			return -EFAULT;
		err = futex_deadline(cmd, op, ts.tv_sec, ts.tv_nsec, &deadline);
		if (err)
			return err;
	}
	/* For the other operations the fourth argument is a number. */
	return do_futex(uaddr, op, val, deadline, uaddr2, (u32)(unsigned long)utime, val3);
}

/* ... and futex_time64 (422), with 64-bit seconds, which glibc and musl
 * call first on i386. */
long sys_futex_time64(u32 __user *uaddr, int op, u32 val, const struct __kernel_timespec64 __user *utime,
		      u32 __user *uaddr2, u32 val3)
{
	int cmd = op & FUTEX_CMD_MASK;
	u64 deadline = 0;

	if (utime && cmd_has_timeout(cmd)) {
		struct __kernel_timespec64 ts;
		int err;

		if (copy_from_user(&ts, utime, sizeof(ts)))
			return -EFAULT;
		/* As Linux's get_timespec64: compat tasks' nsec is 32 bits. */
		err = futex_deadline(cmd, op, ts.tv_sec, (s32)ts.tv_nsec, &deadline);
		if (err)
			return err;
	}
	return do_futex(uaddr, op, val, deadline, uaddr2, (u32)(unsigned long)utime, val3);
}

/* --- robust futexes --- */

long sys_set_robust_list(struct robust_list_head __user *head, size_t len)
{
	if (len != sizeof(*head))
		return -EINVAL;
	current->robust_list = (unsigned long)head;
	return 0;
}

long sys_get_robust_list(int pid, struct robust_list_head __user * __user *head_ptr,
			 size_t __user *len_ptr)
{
	struct task_struct *p = pid ? find_task_by_pid(pid) : current;

	if (!p)
		return -ESRCH;
	if (put_user(sizeof(struct robust_list_head), len_ptr))
		return -EFAULT;
	return put_user(p->robust_list, (unsigned long __user *)head_ptr) ? -EFAULT : 0;
}

/* A lock word the dying thread still owns: mark it FUTEX_OWNER_DIED, so
 * the next owner learns (EOWNERDEAD), and wake one waiter. */
static void handle_futex_death(struct task_struct *p, unsigned long uaddr)
{
	u32 uval;

	if ((uaddr & 3) || get_user(uval, (u32 __user *)uaddr))
		return;
	if ((uval & FUTEX_TID_MASK) != (u32)p->pid)
		return;
	if (put_user((uval & FUTEX_WAITERS) | FUTEX_OWNER_DIED, (u32 __user *)uaddr))
		return;
	if (uval & FUTEX_WAITERS)
		futex_wake(p->mm, uaddr, 1, FUTEX_BITSET_MATCH_ANY);
}

#define ROBUST_LIST_LIMIT	2048	/* as Linux: a circular list cannot hang us */

/* At exit (mm_release): walk the list of robust mutexes the thread holds,
 * and the one it was about to take or release (list_op_pending).  Bit 0 of
 * each pointer marks a priority-inheritance lock; it is masked off. */
void exit_robust_list(struct task_struct *p)
{
	struct robust_list_head head;
	unsigned long entry, pending;
	int limit = ROBUST_LIST_LIMIT;

	if (!p->robust_list || copy_from_user(&head, (void __user *)p->robust_list, sizeof(head)))
		return;
	entry = (unsigned long)head.list.next & ~1ul;
	pending = (unsigned long)head.list_op_pending & ~1ul;
	while (entry && entry != p->robust_list) {	/* the list is circular, through head */
		unsigned long next;

		if (get_user(next, (unsigned long __user *)entry))
			return;
		if (entry != pending)
			handle_futex_death(p, entry + head.futex_offset);
		entry = next & ~1ul;
		if (!--limit)
			return;
	}
	if (pending)
		handle_futex_death(p, pending + head.futex_offset);
}
