/* kernel/rseq.c — rseq(2), restartable sequences.
 *
 * glibc (2.35+) registers a struct rseq for every thread it starts, to
 * read the thread's CPU number without a system call.  Other programs use
 * it for per-CPU data: a short critical section that must not be cut
 * in two.  The kernel's part: keep cpu_id current (one CPU here: always
 * 0), and if the thread was switched out (or, with signal handlers, is
 * about to run one) while its instruction pointer lies inside the section
 * that rseq_cs names, move it to the section's abort_ip, so the section
 * starts over.  That check runs on the way back to user mode
 * (exit_to_user_mode, kernel/sched.c), as Linux's rseq_handle_notify_resume.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/uaccess.h>
#include <linux/syscalls.h>
#include <uapi/linux/rseq.h>
#include <uapi/asm/signal.h>

/* The CPU and node numbers the thread reads: all zero on one CPU. */
static int rseq_update_cpu_id(struct task_struct *t)
{
	struct rseq __user *rs = (struct rseq __user *)t->rseq;
	u32 ids[2] = { 0, 0 };		/* cpu_id_start, cpu_id */

	if (copy_to_user(rs, ids, sizeof(ids)) || put_user(0u, &rs->node_id) || put_user(0u, &rs->mm_cid))
		return -EFAULT;
	return 0;
}

/* Is regs->ip inside the critical section rseq_cs names?  Then go to its
 * abort handler.  A section that is not well formed, or whose abort_ip is
 * not preceded by the registered signature, kills the thread with
 * SIGSEGV, as on Linux. */
static int rseq_ip_fixup(struct task_struct *t, struct pt_regs *regs)
{
	struct rseq __user *rs = (struct rseq __user *)t->rseq;
	struct rseq_cs cs;
	u64 ptr;
	u32 sig;

	if (get_user(ptr, &rs->rseq_cs))
		return -EFAULT;
	if (!ptr)
		return 0;
	if (ptr >= TASK_SIZE || copy_from_user(&cs, (void __user *)(unsigned long)ptr, sizeof(cs)))
		return -EFAULT;
	if (cs.version || cs.start_ip >= TASK_SIZE || cs.start_ip + cs.post_commit_offset >= TASK_SIZE ||
	    cs.start_ip + cs.post_commit_offset < cs.start_ip || cs.abort_ip >= TASK_SIZE ||
	    cs.abort_ip - cs.start_ip < cs.post_commit_offset)
		return -EINVAL;			/* abort_ip may not lie inside */
	if (regs->ip - cs.start_ip >= cs.post_commit_offset)
		return put_user(0ull, &rs->rseq_cs);	/* not inside: forget it */
	if (get_user(sig, (u32 __user *)(unsigned long)(cs.abort_ip - 4)) || sig != t->rseq_sig)
		return -EINVAL;
	if (put_user(0ull, &rs->rseq_cs))
		return -EFAULT;
	regs->ip = cs.abort_ip;
	return 0;
}

/* On the way back to user mode after the thread was switched out (sig
 * 0), or as signal sig is delivered (Linux's rseq_signal_deliver).  A bad
 * area is a SIGSEGV — with force_sigsegv, as Linux: delivering SIGSEGV
 * itself, its handler is reset, or every delivery would fail again and
 * queue another SIGSEGV, for ever. */
void rseq_handle_notify_resume(int sig, struct pt_regs *regs)
{
	struct task_struct *t = current;

	t->rseq_resume = false;
	if (!t->rseq || !user_mode(regs))
		return;
	if (rseq_ip_fixup(t, regs) || rseq_update_cpu_id(t))
		force_sigsegv(sig);
}

/* fork keeps the registration (the memory is copied); a new thread, with
 * the same memory, must register its own (Linux's rseq_fork). */
void rseq_fork(struct task_struct *p, unsigned long clone_flags)
{
	if (clone_flags & CLONE_VM) {
		p->rseq = 0;
		p->rseq_len = p->rseq_sig = 0;
	} else {
		p->rseq = current->rseq;
		p->rseq_len = current->rseq_len;
		p->rseq_sig = current->rseq_sig;
	}
	p->rseq_resume = false;
}

long sys_rseq(struct rseq __user *rseq, u32 rseq_len, int flags, u32 sig)
{
	struct task_struct *t = current;
	unsigned long a = (unsigned long)rseq;

	if (flags & RSEQ_FLAG_UNREGISTER) {
		if (flags & ~RSEQ_FLAG_UNREGISTER)
			return -EINVAL;
		if (t->rseq != a || rseq_len != t->rseq_len)
			return -EINVAL;
		if (sig != t->rseq_sig)
			return -EPERM;
		/* As Linux: the thread reads "no CPU" from now on. */
		if (put_user((u32)RSEQ_CPU_ID_UNINITIALIZED, &rseq->cpu_id) || put_user(0u, &rseq->cpu_id_start))
			return -EFAULT;
		t->rseq = 0;
		t->rseq_len = t->rseq_sig = 0;
		return 0;
	}
	if (flags)
		return -EINVAL;
	if (t->rseq) {
		/* Registering the same area again is "busy"; another, invalid. */
		if (t->rseq != a || rseq_len != t->rseq_len)
			return -EINVAL;
		if (sig != t->rseq_sig)
			return -EPERM;
		return -EBUSY;
	}
	if (rseq_len < ORIG_RSEQ_SIZE ||
	    (rseq_len == ORIG_RSEQ_SIZE && (a & (ORIG_RSEQ_SIZE - 1))) ||
	    (rseq_len != ORIG_RSEQ_SIZE && ((a & 31) || rseq_len < offsetof(struct rseq, end))))
		return -EINVAL;
	if (!access_ok(rseq, rseq_len))
		return -EFAULT;
	t->rseq = a;
	t->rseq_len = rseq_len;
	t->rseq_sig = sig;
	/* Linux fills the CPU numbers on the way out, and a fault there is a
	 * SIGSEGV; so here. */
	t->rseq_resume = true;
	return 0;
}
