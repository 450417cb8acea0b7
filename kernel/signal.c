/* kernel/signal.c — signals: sending, the pending sets, the default
 * actions (ignore, terminate, stop, continue), and the system calls that
 * look at handlers and masks.
 *
 * Where the state lives (include/linux/signal.h): the blocked mask and the
 * signals sent to one thread (tkill, faults) are in task_struct; handlers
 * in sighand_struct; signals sent to the whole process (kill), process
 * group, session and stop state in signal_struct.
 *
 * Life of a signal, as in Linux:
 *  1. send_signal() decides at once what needs no receiver: a signal that
 *     would be ignored is dropped (unless blocked: the handler may change
 *     before it is unblocked); SIGCONT wakes a stopped process and drops
 *     pending stop signals; a stop signal drops a pending SIGCONT.  Then
 *     the signal is marked pending (one of each number: standard signals
 *     do not queue) with its siginfo, and a thread that does not block it
 *     is woken if it sleeps interruptibly: its sleep returns -ERESTARTSYS.
 *  2. On that thread's way back to user mode (exit_to_user_mode,
 *     kernel/sched.c), do_signal() (kernel/signal_32.c) calls get_signal(),
 *     which takes the pending signals one at a time and carries out the
 *     default actions here; a signal with a handler is returned, and
 *     signal_32.c builds the frame that makes the thread run it.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/uaccess.h>
#include <linux/syscalls.h>
#include <linux/jiffies.h>
#include <uapi/asm/signal.h>
#include <uapi/asm/siginfo.h>

#define KERNEL_SIGSETSIZE 8		/* bytes in the kernel's sigset_t */
#define UNBLOCKABLE (sigmask(SIGKILL) | sigmask(SIGSTOP))
#define SIG_KERNEL_IGNORE_MASK (sigmask(SIGCHLD) | sigmask(SIGURG) | sigmask(SIGWINCH) | sigmask(SIGCONT))
#define SIG_KERNEL_STOP_MASK (sigmask(SIGSTOP) | sigmask(SIGTSTP) | sigmask(SIGTTIN) | sigmask(SIGTTOU))
/* Signals a fault raises: taken before any other pending one (Linux's
 * SYNCHRONOUS_MASK), so the handler sees the fault first. */
#define SYNCHRONOUS_MASK (sigmask(SIGSEGV) | sigmask(SIGBUS) | sigmask(SIGILL) | \
			  sigmask(SIGTRAP) | sigmask(SIGFPE) | sigmask(SIGSYS))
#define SIG_DFL_H 0UL
#define SIG_IGN_H 1UL

/* --- the refcounted structs --- */

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

static void it_real_fn(struct timer_list *t);

struct signal_struct *signal_alloc(void)
{
	struct signal_struct *sig = kzalloc(sizeof(*sig));

	if (sig) {
		sig->count = 1;
		timer_setup(&sig->real_timer, it_real_fn);
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

/* --- pending sets --- */

static bool task_alive(struct task_struct *t)
{
	return t->state != TASK_UNUSED && t->state != EXIT_DEAD && t->state != EXIT_ZOMBIE;
}

/* A process is alive while one of its threads is (its leader may be a
 * zombie meanwhile); the leader stands for it in process-wide loops. */
static bool process_alive(struct task_struct *p)
{
	return p->state != TASK_UNUSED && p->state != EXIT_DEAD && p == p->group_leader &&
	       p->signal && p->signal->live > 0;
}

static bool sig_handler_ignored(struct task_struct *t, int sig)
{
	unsigned long h = t->sighand->action[sig - 1].handler;

	return h == SIG_IGN_H || (h == SIG_DFL_H && (sigmask(sig) & SIG_KERNEL_IGNORE_MASK));
}

static void sigpending_del(struct sigpending *p, u64 mask)
{
	p->signal &= ~mask;
}

/* Pending and not blocked, for this thread. */
static u64 deliverable(struct task_struct *t)
{
	return (t->pending.signal | t->signal->shared_pending.signal) & ~t->blocked;
}

/* Something for this thread to do on its way out: a signal, or a stop of
 * its process that another thread started. */
bool signal_pending(struct task_struct *t)
{
	return deliverable(t) != 0 || (t->signal->flags & SIGNAL_STOP_STOPPED);
}

/* Kept for the callers that only care about death: SIGKILL pending. */
bool fatal_signal_pending(struct task_struct *t)
{
	return ((t->pending.signal | t->signal->shared_pending.signal) & sigmask(SIGKILL)) != 0;
}

/* Wake t if it sleeps and can take a signal now (Linux's signal_wake_up);
 * SIGKILL also wakes a stopped task. */
static void signal_wake_up(struct task_struct *t, bool kill)
{
	if (t->state == TASK_INTERRUPTIBLE || (kill && t->state == TASK_STOPPED))
		t->state = TASK_RUNNING;
}

/* Wake a thread that will take the signal (Linux's complete_signal): for
 * a thread-directed signal that thread; for a process-directed one, p if
 * it can, else the first thread that does not block it; SIGKILL wakes
 * them all. */
static void complete_signal(int sig, struct task_struct *p, bool group)
{
	bool kill = sig == SIGKILL;

	if (!group || (!kill && task_alive(p) && !(p->blocked & sigmask(sig)))) {
		if (kill || !(p->blocked & sigmask(sig)))
			signal_wake_up(p, kill);
		return;
	}
	for (int i = 1; i < NR_TASKS; i++) {
		struct task_struct *t = &task[i];

		if (!task_alive(t) || t->signal != p->signal)
			continue;
		if (kill || !(t->blocked & sigmask(sig))) {
			signal_wake_up(t, kill);
			if (!kill)
				return;
		}
	}
}

/* Discard sig from every pending set of the process (Linux's flush of
 * SIGCONT / stop signals). */
static void flush_process_signals(struct task_struct *p, u64 mask)
{
	sigpending_del(&p->signal->shared_pending, mask);
	for (int i = 1; i < NR_TASKS; i++)
		if (task_alive(&task[i]) && task[i].signal == p->signal)
			sigpending_del(&task[i].pending, mask);
}

static void do_notify_parent_cldstop(struct task_struct *tsk, int why);

/* What a signal does before it is queued (Linux's prepare_signal).  False:
 * drop it. */
static bool prepare_signal(int sig, struct task_struct *p)
{
	struct signal_struct *signal = p->signal;

	if (sigmask(sig) & SIG_KERNEL_STOP_MASK) {
		flush_process_signals(p, sigmask(SIGCONT));
	} else if (sig == SIGCONT) {
		flush_process_signals(p, SIG_KERNEL_STOP_MASK);
		if (signal->flags & SIGNAL_STOP_STOPPED) {
			signal->flags = SIGNAL_CLD_CONTINUED;
			signal->group_exit_code = 0;
			for (int i = 1; i < NR_TASKS; i++)
				if (task[i].signal == signal && task[i].state == TASK_STOPPED)
					task[i].state = TASK_RUNNING;
			do_notify_parent_cldstop(p, CLD_CONTINUED);
		} else if (signal->flags & SIGNAL_STOP_REPORT) {
			signal->flags = 0;	/* stopping was cancelled */
		}
	}
	if (sigmask(sig) & UNBLOCKABLE)
		return true;
	/* Blocked signals are never ignored: the handler may change first. */
	return (p->blocked & sigmask(sig)) || !sig_handler_ignored(p, sig);
}

/* Queue sig for p (its thread if !group, its process if group). */
int send_signal(int sig, const struct ksiginfo *info, struct task_struct *p, bool group)
{
	struct sigpending *pending = group ? &p->signal->shared_pending : &p->pending;

	if (!p->signal || (group ? p->signal->live == 0 : !task_alive(p)))
		return 0;
	if (!prepare_signal(sig, p))
		return 0;
	if (pending->signal & sigmask(sig))
		return 0;		/* one of each: it does not queue */
	pending->signal |= sigmask(sig);
	pending->info[sig - 1] = *info;
	pending->info[sig - 1].signo = sig;
	complete_signal(sig, p, group);
	return 0;
}

static void user_info(struct ksiginfo *info, int sig, int code)
{
	memset(info, 0, sizeof(*info));
	info->signo = sig;
	info->code = code;
	info->pid = current->tgid;	/* the process, as getpid() says */
	info->uid = 0;			/* everyone is root */
}

/* A signal from the kernel to a process (SIGPIPE, SIGALRM ...). */
int send_sig(int sig, struct task_struct *p)
{
	struct ksiginfo info = { .signo = sig, .code = SI_KERNEL };

	return send_signal(sig, &info, p, true);
}

/* A fault, or a signal the kernel must not let be blocked or ignored
 * (Linux's force_sig_info): a blocked or ignored one is reset to the
 * default action and unblocked first; a handler still runs. */
void force_sig_info(const struct ksiginfo *info)
{
	struct task_struct *t = current;
	int sig = info->signo;
	struct k_sigaction *ka = &t->sighand->action[sig - 1];
	bool blocked = t->blocked & sigmask(sig);

	if (blocked || ka->handler == SIG_IGN_H) {
		ka->handler = SIG_DFL_H;
		t->blocked &= ~sigmask(sig);
	}
	t->pending.signal &= ~sigmask(sig);	/* the newest fault wins */
	send_signal(sig, info, t, false);
}

void force_sig(int sig)
{
	struct ksiginfo info = { .signo = sig, .code = SI_KERNEL };

	force_sig_info(&info);
}

void force_sig_fault(int sig, int code, unsigned long addr)
{
	struct ksiginfo info = { .signo = sig, .code = code, .addr = addr };

	force_sig_info(&info);
}

/* A signal frame could not be written: as Linux's force_sigsegv, a
 * SIGSEGV whose own handler cannot be used either. */
void force_sigsegv(int sig)
{
	if (sig == SIGSEGV)
		current->sighand->action[SIGSEGV - 1].handler = SIG_DFL_H;
	force_sig(SIGSEGV);
}

/* --- SIGCHLD to the parent --- */

/* si_utime and si_stime: the child's CPU time in clock_t units, USER_HZ
 * (100) a second, as Linux's nsec_to_clock_t. */
static void child_times(struct task_struct *tsk, struct ksiginfo *info)
{
	u64 ut, st;

	task_cputime_adjusted(tsk, &ut, &st);
	info->utime = ut / (NSEC_PER_SEC / 100);
	info->stime = st / (NSEC_PER_SEC / 100);
}

static bool nocldstop(struct task_struct *parent)
{
	return parent->sighand->action[SIGCHLD - 1].flags & SA_NOCLDSTOP;
}

/* The child stopped or continued: tell the parent unless it asked not to
 * hear (SA_NOCLDSTOP), and wake its wait4. */
static void do_notify_parent_cldstop(struct task_struct *tsk, int why)
{
	struct task_struct *parent, *leader = tsk->group_leader;
	struct ksiginfo info = { .code = why, .pid = leader->pid };

	tsk = leader;			/* the process is what stopped */
	parent = tsk->parent;
	if (!parent || !process_alive(parent))
		return;
	info.status = why == CLD_CONTINUED ? SIGCONT : tsk->signal->group_exit_code;
	child_times(tsk, &info);
	if (!nocldstop(parent))
		send_signal(SIGCHLD, &info, parent, true);
	wake_up(&parent->wait_chldexit);
}

/* The child is dead (its exit_code set): SIGCHLD to the parent.  True if
 * the parent does not want zombies (SIGCHLD set to SIG_IGN, or
 * SA_NOCLDWAIT): then the child reaps itself (Linux's do_notify_parent). */
bool do_notify_parent(struct task_struct *tsk, int status)
{
	struct task_struct *parent = tsk->parent;
	int sig = tsk->exit_signal;	/* SIGCHLD, or what clone asked for */
	struct k_sigaction *ka = &parent->sighand->action[SIGCHLD - 1];
	struct ksiginfo info = { .pid = tsk->pid };
	bool autoreap = false;

	child_times(tsk, &info);
	if (status & 0x7f) {
		info.code = (status & 0x80) ? CLD_DUMPED : CLD_KILLED;
		info.status = status & 0x7f;
	} else {
		info.code = CLD_EXITED;
		info.status = (status >> 8) & 0xff;
	}
	if (sig == SIGCHLD && (ka->handler == SIG_IGN_H || (ka->flags & SA_NOCLDWAIT)))
		autoreap = true;
	if (sig == SIGCHLD && ka->handler == SIG_IGN_H)
		sig = 0;
	if (sig > 0 && sig <= _NSIG)
		send_signal(sig, &info, parent, true);
	wake_up(&parent->wait_chldexit);
	return autoreap;
}

/* --- taking signals: get_signal --- */

/* A process group is orphaned if no member has a parent in another group
 * of the same session; the terminal stop signals are then discarded,
 * since nobody could send SIGCONT (POSIX, Linux's is_current_pgrp_orphaned). */
static bool pgrp_orphaned(pid_t pgrp)
{
	for (int i = 1; i < NR_TASKS; i++) {
		struct task_struct *t = &task[i], *p = t->parent;

		if (!process_alive(t) || t->signal->pgrp != pgrp)
			continue;
		if (p && process_alive(p) && p->signal->pgrp != pgrp && p->signal->session == t->signal->session)
			return false;
	}
	return true;
}

/* Stop the process: every thread of it sleeps in TASK_STOPPED until
 * SIGCONT or SIGKILL.  The parent hears of it (SIGCHLD, wait4 WUNTRACED). */
static void do_signal_stop(int sig)
{
	struct signal_struct *signal = current->signal;

	if (!(signal->flags & SIGNAL_STOP_STOPPED)) {
		signal->flags = SIGNAL_STOP_STOPPED | SIGNAL_STOP_REPORT;
		signal->group_exit_code = sig;
		for (int i = 1; i < NR_TASKS; i++)
			if (task[i].signal == signal && &task[i] != current && task[i].state == TASK_INTERRUPTIBLE)
				task[i].state = TASK_RUNNING;	/* they stop on their way out */
		do_notify_parent_cldstop(current, CLD_STOPPED);
	}
	while ((signal->flags & SIGNAL_STOP_STOPPED) && !fatal_signal_pending(current)) {
		current->state = TASK_STOPPED;
		schedule();
	}
	current->state = TASK_RUNNING;
}

static int next_signal(u64 set)
{
	u64 sync = set & SYNCHRONOUS_MASK;

	if (sync)
		set = sync;
	for (int sig = 1; sig <= _NSIG; sig++)
		if (set & sigmask(sig))
			return sig;
	return 0;
}

/* Take the next deliverable signal: this thread's first, then the
 * process's (Linux's dequeue_signal). */
static int dequeue_signal(struct ksiginfo *info)
{
	struct sigpending *sets[2] = { &current->pending, &current->signal->shared_pending };

	for (int i = 0; i < 2; i++) {
		int sig = next_signal(sets[i]->signal & ~current->blocked);

		if (sig) {
			sets[i]->signal &= ~sigmask(sig);
			*info = sets[i]->info[sig - 1];
			return sig;
		}
	}
	return 0;
}

/* The next signal with a handler, after carrying out the default actions
 * of the others: 0 if none.  *ka gets the handler as it was (SA_RESETHAND
 * resets the live one). */
int get_signal(struct ksiginfo *info, struct k_sigaction *ka)
{
	for (;;) {
		struct k_sigaction *action;
		int sig;

		if (current->signal->flags & SIGNAL_STOP_STOPPED)
			do_signal_stop(0);	/* another thread stopped us */
		sig = dequeue_signal(info);
		if (!sig)
			return 0;
		action = &current->sighand->action[sig - 1];
		if (action->handler == SIG_IGN_H)
			continue;
		if (action->handler != SIG_DFL_H) {
			*ka = *action;
			if (action->flags & SA_RESETHAND)
				action->handler = SIG_DFL_H;
			return sig;
		}
		if (sigmask(sig) & SIG_KERNEL_IGNORE_MASK)
			continue;
		if (sigmask(sig) & SIG_KERNEL_STOP_MASK) {
			if (sig != SIGSTOP && pgrp_orphaned(current->signal->pgrp))
				continue;
			do_signal_stop(sig);
			continue;
		}
		current->signal->flags = 0;	/* dying: nothing left to report but that */
		do_group_exit(sig);	/* the default: terminate (no core files here) */
	}
}

/* --- kill, tkill, tgkill --- */

static bool valid_signal(int sig)
{
	return sig >= 0 && sig <= _NSIG;
}

static int kill_one(int sig, struct task_struct *p, bool group, int code)
{
	struct ksiginfo info;

	if (!sig)
		return 0;
	user_info(&info, sig, code);
	return send_signal(sig, &info, p, group);
}

/* Signal every process of group pgrp: -ESRCH if it has none. */
int kill_pgrp(pid_t pgrp, int sig, bool from_user)
{
	int found = 0;

	for (int i = 1; i < NR_TASKS; i++) {
		struct task_struct *p = &task[i];

		if (!process_alive(p) || p->signal->pgrp != pgrp)
			continue;
		found++;
		if (from_user)
			kill_one(sig, p, true, SI_USER);
		else if (sig)
			send_sig(sig, p);
	}
	return found ? 0 : -ESRCH;
}

long sys_kill(pid_t pid, int sig)
{
	struct task_struct *p;
	int sent = 0;

	if (!valid_signal(sig))
		return -EINVAL;
	if (pid > 0) {
		p = find_task_by_pid(pid);
		if (!p || !p->signal)
			return -ESRCH;
		return kill_one(sig, p, true, SI_USER);	/* a zombie: found, nothing sent */
	}
	if (pid == 0)
		return kill_pgrp(current->signal->pgrp, sig, true);
	if (pid == -1) {		/* everyone but process 1 and the caller */
		for (int i = 1; i < NR_TASKS; i++) {
			p = &task[i];
			if (!process_alive(p) || p->pid == 1 || p->signal == current->signal)
				continue;
			sent++;
			kill_one(sig, p, true, SI_USER);
		}
		return sent ? 0 : -ESRCH;
	}
	if (pid == (pid_t)0x80000000)	/* -pid would overflow */
		return -ESRCH;
	return kill_pgrp(-pid, sig, true);
}

static long do_tkill(pid_t tgid, pid_t pid, int sig)
{
	struct task_struct *p;

	if (pid <= 0 || !valid_signal(sig))
		return -EINVAL;
	p = find_task_by_pid(pid);
	if (!p || !p->signal || (tgid > 0 && p->tgid != tgid))
		return -ESRCH;
	return kill_one(sig, p, false, SI_TKILL);
}

long sys_tkill(pid_t pid, int sig)
{
	return do_tkill(0, pid, sig);
}

long sys_tgkill(pid_t tgid, pid_t pid, int sig)
{
	if (tgid <= 0)
		return -EINVAL;
	return do_tkill(tgid, pid, sig);
}

/* --- masks --- */

/* Change the blocked mask; signals it unblocks may wake the caller's
 * other threads in Linux — here nothing sleeps while we run. */
void set_current_blocked(u64 set)
{
	current->blocked = set & ~UNBLOCKABLE;
}

static long do_sigprocmask(int how, const u64 *set, u64 *old)
{
	u64 new = current->blocked;

	*old = current->blocked;
	if (!set)
		return 0;
	switch (how) {
	case SIG_BLOCK:   new |= *set; break;
	case SIG_UNBLOCK: new &= ~*set; break;
	case SIG_SETMASK: new = *set; break;
	default:          return -EINVAL;
	}
	set_current_blocked(new);
	return 0;
}

long sys_rt_sigprocmask(int how, const u64 __user *uset, u64 __user *oset, size_t sigsetsize)
{
	u64 set, old;
	long err;

	if (sigsetsize != KERNEL_SIGSETSIZE)
		return -EINVAL;
	if (uset && copy_from_user(&set, uset, sizeof(set)))
		return -EFAULT;
	err = do_sigprocmask(how, uset ? &set : NULL, &old);
	if (err)
		return err;
	if (oset && copy_to_user(oset, &old, sizeof(old)))
		return -EFAULT;
	return 0;
}

/* The old call: one word of mask, the first 32 signals. */
long sys_sigprocmask(int how, const u32 __user *uset, u32 __user *oset)
{
	u32 w;
	u64 set, old;
	long err;

	if (uset) {
		if (copy_from_user(&w, uset, sizeof(w)))
			return -EFAULT;
		set = w;
		if (how == SIG_SETMASK)
			set |= current->blocked & ~0xffffffffull;
	}
	err = do_sigprocmask(how, uset ? &set : NULL, &old);
	if (err)
		return err;
	if (oset && put_user((u32)old, oset))
		return -EFAULT;
	return 0;
}

static u64 pending_set(void)
{
	return (current->pending.signal | current->signal->shared_pending.signal) & current->blocked;
}

long sys_rt_sigpending(u64 __user *uset, size_t sigsetsize)
{
	u64 set = pending_set();

	if (sigsetsize > KERNEL_SIGSETSIZE)
		return -EINVAL;
	return copy_to_user(uset, &set, sigsetsize) ? -EFAULT : 0;
}

long sys_sigpending(u32 __user *uset)
{
	return put_user((u32)pending_set(), uset) ? -EFAULT : 0;
}

/* --- handlers --- */

int do_sigaction(int sig, const struct k_sigaction *act, struct k_sigaction *oact)
{
	struct k_sigaction *k;

	if (sig < 1 || sig > _NSIG)
		return -EINVAL;
	k = &current->sighand->action[sig - 1];
	if (oact)
		*oact = *k;
	if (!act)
		return 0;
	if (sigmask(sig) & UNBLOCKABLE)
		return -EINVAL;
	*k = *act;
	k->mask &= ~UNBLOCKABLE;
	/* POSIX: setting a pending signal to be ignored discards it. */
	if (sig_handler_ignored(current, sig))
		flush_process_signals(current, sigmask(sig));
	return 0;
}

long sys_rt_sigaction(int sig, const struct k_sigaction __user *act,
		      struct k_sigaction __user *oact, size_t sigsetsize)
{
	struct k_sigaction new, old;
	int err;

	if (sigsetsize != KERNEL_SIGSETSIZE)
		return -EINVAL;
	if (act && copy_from_user(&new, act, sizeof(new)))
		return -EFAULT;
	err = do_sigaction(sig, act ? &new : NULL, &old);
	if (!err && oact && copy_to_user(oact, &old, sizeof(old)))
		return -EFAULT;
	return err;
}

/* The old i386 struct sigaction: handler, one-word mask, flags, restorer. */
struct old_sigaction {
	unsigned long handler;
	u32 mask;
	unsigned long flags, restorer;
};

long sys_sigaction(int sig, const struct old_sigaction __user *act, struct old_sigaction __user *oact)
{
	struct k_sigaction new, old;
	struct old_sigaction o;
	int err;

	if (act) {
		if (copy_from_user(&o, act, sizeof(o)))
			return -EFAULT;
		new = (struct k_sigaction){ o.handler, o.flags, o.restorer, o.mask };
	}
	err = do_sigaction(sig, act ? &new : NULL, &old);
	if (!err && oact) {
		o = (struct old_sigaction){ old.handler, (u32)old.mask, old.flags, old.restorer };
		if (copy_to_user(oact, &o, sizeof(o)))
			return -EFAULT;
	}
	return err;
}

/* signal(2): SA_ONESHOT | SA_NOMASK semantics, as Linux's sys_signal. */
long sys_signal(int sig, unsigned long handler)
{
	struct k_sigaction new = { handler, SA_RESETHAND | SA_NODEFER, 0, 0 }, old;
	int err = do_sigaction(sig, &new, &old);

	return err ? err : (long)old.handler;
}

/* --- waiting for a signal --- */

long sys_pause(void)
{
	while (!signal_pending(current)) {
		current->state = TASK_INTERRUPTIBLE;
		schedule();
	}
	current->state = TASK_RUNNING;
	return -ERESTARTNOHAND;
}

/* Sleep with a temporary mask until a signal is delivered; the old mask
 * comes back after the handler (restore_sigmask: the frame saves it). */
static long sigsuspend(u64 mask)
{
	current->saved_sigmask = current->blocked;
	set_current_blocked(mask);
	while (!signal_pending(current)) {
		current->state = TASK_INTERRUPTIBLE;
		schedule();
	}
	current->state = TASK_RUNNING;
	current->restore_sigmask = true;
	return -ERESTARTNOHAND;
}

long sys_rt_sigsuspend(const u64 __user *umask, size_t sigsetsize)
{
	u64 mask;

	if (sigsetsize != KERNEL_SIGSETSIZE)
		return -EINVAL;
	if (copy_from_user(&mask, umask, sizeof(mask)))
		return -EFAULT;
	return sigsuspend(mask);
}

/* The old i386 sigsuspend(int history0, int history1, old_sigset_t mask). */
long sys_sigsuspend(int unused1, int unused2, u32 mask)
{
	return sigsuspend((current->blocked & ~0xffffffffull) | mask);
}

/* rt_sigtimedwait: take one of `these` signals (normally blocked) without
 * running a handler, waiting up to the timeout for one.  While it sleeps
 * they are unblocked, so that sending one wakes it (as Linux does). */
static long do_sigtimedwait(const u64 __user *uthese, void __user *uinfo, s64 sec, long nsec,
			    bool timed, size_t sigsetsize)
{
	u64 these, saved;
	struct ksiginfo info;
	long timeout = MAX_SCHEDULE_TIMEOUT, ret;
	int sig;

	if (sigsetsize != KERNEL_SIGSETSIZE)
		return -EINVAL;
	if (copy_from_user(&these, uthese, sizeof(these)))
		return -EFAULT;
	these &= ~UNBLOCKABLE;
	if (timed) {
		if (sec < 0 || nsec < 0 || nsec >= 1000000000L)
			return -EINVAL;
		timeout = sec > 1000000 ? MAX_SCHEDULE_TIMEOUT - 1 :
			  (long)(sec * HZ + (nsec + NSEC_PER_JIFFY - 1) / NSEC_PER_JIFFY);
	}
	saved = current->blocked;
	for (;;) {
		current->blocked = ~these;	/* dequeue only these */
		sig = dequeue_signal(&info);
		current->blocked = saved & ~these;
		if (sig) {
			ret = sig;
			break;
		}
		if (signal_pending(current)) {
			ret = -EINTR;
			break;
		}
		if (!timeout) {
			ret = -EAGAIN;
			break;
		}
		current->state = TASK_INTERRUPTIBLE;
		timeout = schedule_timeout(timeout);
		current->state = TASK_RUNNING;
	}
	current->blocked = saved;
	if (ret > 0 && uinfo && copy_siginfo_to_user(uinfo, &info))
		return -EFAULT;
	return ret;
}

struct timespec32 { s32 tv_sec, tv_nsec; };
struct timespec64 { s64 tv_sec, tv_nsec; };

long sys_rt_sigtimedwait(const u64 __user *uthese, void __user *uinfo,
			 const struct timespec32 __user *uts, size_t sigsetsize)
{
	struct timespec32 ts = { 0, 0 };

	if (uts && copy_from_user(&ts, uts, sizeof(ts)))
		return -EFAULT;
	return do_sigtimedwait(uthese, uinfo, ts.tv_sec, ts.tv_nsec, uts != NULL, sigsetsize);
}

long sys_rt_sigtimedwait_time64(const u64 __user *uthese, void __user *uinfo,
				const struct timespec64 __user *uts, size_t sigsetsize)
{
	struct timespec64 ts = { 0, 0 };

	if (uts && copy_from_user(&ts, uts, sizeof(ts)))
		return -EFAULT;
	return do_sigtimedwait(uthese, uinfo, ts.tv_sec, (long)ts.tv_nsec, uts != NULL, sigsetsize);
}

/* --- siginfo for user space --- */

/* Linux i386's siginfo_t: 128 bytes, three ints then a union whose shape
 * depends on the signal and si_code; unused bytes are zero. */
int copy_siginfo_to_user(void __user *to, const struct ksiginfo *info)
{
	s32 u[32] = { 0 };

	u[0] = info->signo;
	u[2] = info->code;
	if (info->code > 0 && info->code < SI_KERNEL && info->signo != SIGCHLD && info->signo != SIGALRM &&
	    (sigmask(info->signo) & SYNCHRONOUS_MASK)) {
		u[3] = info->addr;		/* _sigfault */
	} else {
		u[3] = info->pid;		/* _kill, _rt, _sigchld */
		u[4] = info->uid;
		if (info->signo == SIGCHLD && info->code > 0 && info->code < SI_KERNEL) {
			u[5] = info->status;
			u[6] = info->utime;
			u[7] = info->stime;
		}
	}
	return copy_to_user(to, u, sizeof(u)) ? -EFAULT : 0;
}

/* --- ITIMER_REAL and alarm (the timer lives in signal_struct) --- */

/* The tick may run ahead of the monotonic clock that user programs read
 * (kernel/time.c): a timer that comes before its deadline waits on. */
static void it_real_fn(struct timer_list *t)
{
	struct signal_struct *sig = container_of(t, struct signal_struct, real_timer);
	u64 now = ktime_get_ns();

	if (now < sig->it_real_deadline) {
		mod_timer(t, jiffies + ns_to_ticks_up(sig->it_real_deadline - now));
		return;
	}
	send_sig(SIGALRM, sig->leader);
	if (!sig->it_real_incr)
		return;
	/* The next period after now (Linux's hrtimer_forward: overruns
	 * are not queued, one SIGALRM stands for them). */
	sig->it_real_deadline += sig->it_real_incr;
	if (sig->it_real_deadline <= now)
		sig->it_real_deadline += (now - sig->it_real_deadline) / sig->it_real_incr * sig->it_real_incr +
					 sig->it_real_incr;
	mod_timer(t, jiffies + ns_to_ticks_up(sig->it_real_deadline - now));
}
