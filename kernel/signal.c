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
#include <linux/mm.h>
#include <uapi/asm/signal.h>

#define KERNEL_SIGSETSIZE 8		/* bytes in the kernel's sigset_t */
#define UNBLOCKABLE (sigmask(SIGKILL) | sigmask(SIGSTOP))
#define DEFAULT_IGNORED (sigmask(SIGCHLD) | sigmask(SIGURG) | sigmask(SIGWINCH) | sigmask(SIGCONT) | \
			 sigmask(SIGSTOP) | sigmask(SIGTSTP) | sigmask(SIGTTIN) | sigmask(SIGTTOU))

struct sighand_struct *sighand_alloc(void)
{
	struct sighand_struct *sh = kzalloc(sizeof(*sh));

	if (sh)
		sh->count = 1;
	return sh;
}

void sighand_put(struct sighand_struct *sh)
{
	if (--sh->count == 0)
		kfree(sh);
}

struct signal_struct *signal_alloc(void)
{
	struct signal_struct *sig = kzalloc(sizeof(*sig));

	if (sig) {
		sig->count = 1;
		timer_setup(&sig->real_timer, NULL);
	}
	return sig;
}

void signal_put(struct signal_struct *sig)
{
	if (--sig->count == 0) {
		del_timer(&sig->real_timer);
		kfree(sig);
	}
}

static u64 ignored_set(struct task_struct *p)
{
	u64 set = 0;

	for (int sig = 1; sig <= _NSIG; sig++)
		if (p->sighand->action[sig - 1].handler == 1)
			set |= sigmask(sig);
	return set;
}

static u64 all_pending(struct task_struct *p)
{
	return p->pending.signal | p->signal->shared_pending.signal;
}

bool fatal_signal_pending(struct task_struct *p)
{
	return (all_pending(p) & (~p->blocked | UNBLOCKABLE)) != 0;
}

int send_sig(int sig, struct task_struct *p)
{
	u64 m = sigmask(sig);

	if (sig == SIGSTOP)
		return 0;		/* no job control: stopping is not implemented */
	if (!(m & UNBLOCKABLE) && (m & (ignored_set(p) | DEFAULT_IGNORED)))
		return 0;
	p->signal->shared_pending.signal |= m;
	/* Sent to the process: any thread that does not block it may take
	 * it; wake one that sleeps (Linux's complete_signal). */
	for_each_thread(p, t)
		if (t->state == TASK_INTERRUPTIBLE && fatal_signal_pending(t)) {
			wake_up_process(t);
			break;
		}
	return 0;
}

/* A fault: the signal cannot be blocked or ignored, as Linux forces it. */
void force_sig(int sig)
{
	current->blocked &= ~sigmask(sig);
	current->sighand->action[sig - 1].handler = 0;
	current->pending.signal |= sigmask(sig);
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

long sys_rt_sigaction(int sig, const struct k_sigaction __user *act,
		      struct k_sigaction __user *oact, size_t sigsetsize)
{
	struct k_sigaction new, old = { 0 };

	if (sigsetsize != KERNEL_SIGSETSIZE || sig < 1 || sig > _NSIG)
		return -EINVAL;
	old.handler = current->sighand->action[sig - 1].handler;
	if (act) {
		if (copy_from_user(&new, act, sizeof(new)))
			return -EFAULT;
		if (sigmask(sig) & UNBLOCKABLE)
			return -EINVAL;
		if (new.handler > 1)
			return -EINVAL;	/* user handlers: not implemented yet */
		current->sighand->action[sig - 1].handler = new.handler;
		if (new.handler == 1) {
			current->pending.signal &= ~sigmask(sig);
			current->signal->shared_pending.signal &= ~sigmask(sig);
		}
	}
	if (oact && copy_to_user(oact, &old, sizeof(old)))
		return -EFAULT;
	return 0;
}
