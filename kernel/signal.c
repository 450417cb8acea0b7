/* kernel/signal.c — signals, the small part this kernel has: kill(2),
 * rt_sigprocmask(2), and rt_sigaction(2) with SIG_DFL / SIG_IGN.
 *
 * There are no user handlers yet, so a signal either does nothing (it is
 * ignored by default — SIGCHLD, SIGURG, SIGWINCH, SIGCONT — or set to
 * SIG_IGN) or ends the process.  A fatal signal is marked pending and the
 * target is woken if it sleeps; the target then dies on its own way back to
 * user mode (exit_to_user_mode), never in the middle of a system call.  A
 * blocked signal waits until it is unblocked.  Stop signals (SIGSTOP and
 * friends) would need job control; they are ignored here.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/errno.h>
#include <linux/uaccess.h>
#include <linux/syscalls.h>
#include <uapi/asm/signal.h>

#define KERNEL_SIGSETSIZE 8		/* bytes in the kernel's sigset_t */
#define UNBLOCKABLE (sigmask(SIGKILL) | sigmask(SIGSTOP))
#define DEFAULT_IGNORED (sigmask(SIGCHLD) | sigmask(SIGURG) | sigmask(SIGWINCH) | sigmask(SIGCONT) | \
			 sigmask(SIGSTOP) | sigmask(SIGTSTP) | sigmask(SIGTTIN) | sigmask(SIGTTOU))

bool fatal_signal_pending(struct task_struct *p)
{
	return (p->pending & (~p->blocked | UNBLOCKABLE)) != 0;
}

int send_sig(int sig, struct task_struct *p)
{
	u64 m = sigmask(sig);

	if (sig == SIGSTOP)
		return 0;		/* no job control: stopping is not implemented */
	if (!(m & UNBLOCKABLE) && (m & (p->ignored | DEFAULT_IGNORED)))
		return 0;
	p->pending |= m;
	if (fatal_signal_pending(p) && p->state == TASK_INTERRUPTIBLE)
		wake_up_process(p);
	return 0;
}

/* A fault: the signal cannot be blocked or ignored, as Linux forces it. */
void force_sig(int sig)
{
	current->blocked &= ~sigmask(sig);
	current->ignored &= ~sigmask(sig);
	current->pending |= sigmask(sig);
}

long sys_kill(pid_t pid, int sig)
{
	struct task_struct *p;
	int sent = 0;

	if (sig < 0 || sig > _NSIG)
		return -EINVAL;
	if (pid > 0) {
		p = find_task_by_pid(pid);
		if (!p)
			return -ESRCH;
		return sig ? send_sig(sig, p) : 0;
	}
	if (pid == -1) {		/* everyone but process 1 and the caller */
		for (int i = 1; i < NR_TASKS; i++) {
			p = &task[i];
			if (p->state == TASK_UNUSED || p->state == EXIT_DEAD || p->pid == 1 || p == current)
				continue;
			sent++;
			if (sig)
				send_sig(sig, p);
		}
		return sent ? 0 : -ESRCH;
	}
	return -ESRCH;			/* process groups: not implemented */
}

long sys_rt_sigprocmask(int how, const u64 __user *set, u64 __user *oset, size_t sigsetsize)
{
	u64 new, old = current->blocked;

	if (sigsetsize != KERNEL_SIGSETSIZE)
		return -EINVAL;
	if (set) {
		if (copy_from_user(&new, set, sizeof(new)))
			return -EFAULT;
		switch (how) {
		case SIG_BLOCK:   current->blocked |= new; break;
		case SIG_UNBLOCK: current->blocked &= ~new; break;
		case SIG_SETMASK: current->blocked = new; break;
		default:          return -EINVAL;
		}
		current->blocked &= ~UNBLOCKABLE;
	}
	if (oset && copy_to_user(oset, &old, sizeof(old)))
		return -EFAULT;
	return 0;
}

/* The i386 struct for rt_sigaction. */
struct k_sigaction {
	unsigned long handler, flags, restorer;
	u64 mask;
};

long sys_rt_sigaction(int sig, const struct k_sigaction __user *act,
		      struct k_sigaction __user *oact, size_t sigsetsize)
{
	struct k_sigaction new, old = { 0 };

	if (sigsetsize != KERNEL_SIGSETSIZE || sig < 1 || sig > _NSIG)
		return -EINVAL;
	old.handler = (current->ignored & sigmask(sig)) ? 1 : 0;
	if (act) {
		if (copy_from_user(&new, act, sizeof(new)))
			return -EFAULT;
		if (sigmask(sig) & UNBLOCKABLE)
			return -EINVAL;
		if (new.handler > 1)
			return -EINVAL;	/* user handlers: not implemented yet */
		if (new.handler == 1) {
			current->ignored |= sigmask(sig);
			current->pending &= ~sigmask(sig);
		} else {
			current->ignored &= ~sigmask(sig);
		}
	}
	if (oact && copy_to_user(oact, &old, sizeof(old)))
		return -EFAULT;
	return 0;
}
