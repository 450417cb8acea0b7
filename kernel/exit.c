/* kernel/exit.c — the end of a thread and of a process: exit, exit_group,
 * wait4, waitpid.
 *
 * do_exit lets go of what the thread used (descriptors, address space:
 * freed with their last user).  A thread other than the first simply
 * vanishes.  The process ends with its last thread: its children go to
 * process 1, its first thread becomes a zombie holding only the exit
 * status, and wakes its parent sleeping in wait4.  The parent's wait4 copies the
 * status out and frees the slot (release_task).  A process the kernel
 * started (a multiboot module) has no parent to wait for it, so it is
 * released at once; the first module's status becomes the machine's.
 * Wait statuses are encoded as Linux does: (code & 0xff) << 8 for exit(),
 * the signal number for a process a signal killed, 0x7f | sig << 8 for a
 * stopped one (WUNTRACED), 0xffff for a continued one (WCONTINUED).
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/file.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/uaccess.h>
#include <linux/syscalls.h>
#include <linux/reboot.h>
#include <linux/jiffies.h>
#include <uapi/asm/signal.h>
#include <uapi/linux/wait.h>

void release_task(struct task_struct *p)
{
	if (p->sighand)
		sighand_put(p->sighand);
	if (p->signal)
		signal_put(p->signal);
	p->sighand = NULL;
	p->signal = NULL;
	free_pages_exact(p->stack, THREAD_SIZE / PAGE_SIZE);
	p->stack = NULL;
	p->state = TASK_UNUSED;
}

/* A process's wait status: the group's if exit_group or a fatal signal
 * ended it, else what its first thread passed to exit. */
static int group_status(struct task_struct *leader)
{
	return leader->signal->group_exit ? leader->signal->group_exit_status : leader->exit_code;
}

/* Every thread of the group has exited (the leader may linger as a
 * zombie: it stands for the process until its parent's wait4). */
bool thread_group_empty(struct task_struct *leader)
{
	return leader->signal->live == 0;
}

/* The group is gone: its children go to process 1 (or, if that is gone
 * too, to nobody: they are freed when they end).  Zombies nobody will
 * wait for are freed now — unless threads of theirs still run; then the
 * last of those frees it. */
static void forget_original_parent(struct task_struct *leader)
{
	struct task_struct *init = find_task_by_pid(1);

	if (init && (init->tgid == leader->tgid || thread_group_empty(init)))
		init = NULL;
	for (int i = 1; i < NR_TASKS; i++) {
		struct task_struct *c = &task[i];

		if (c->state == TASK_UNUSED || c->parent != leader)
			continue;
		c->parent = init;
		if (c->state != EXIT_ZOMBIE || !thread_group_empty(c))
			continue;
		if (c->parent)
			wake_up(&c->parent->wait_chldexit);
		else
			release_task(c);
	}
}

/* Tell the other threads to die (SIGKILL, which nothing blocks); each
 * does on its way back to user mode. */
void zap_other_threads(struct task_struct *p, int code)
{
	for_each_thread(p, t) {
		if (t == p || t->state == EXIT_ZOMBIE)
			continue;
		t->pending.signal |= sigmask(SIGKILL);
		if (t->state == TASK_INTERRUPTIBLE || t->state == TASK_STOPPED)
			t->state = TASK_RUNNING;
	}
}

/* One thread ends.  What it shared is only let go of (mm, files,
 * handlers: the last user frees them); the process ends with its last
 * thread.  A thread leaves no zombie — no one waits for threads — but the
 * group's first thread does, because it stands for the process: its
 * parent's wait4 can reap it once the whole group has exited. */
void do_exit(int code)
{
	struct task_struct *p = current, *leader = p->group_leader;
	bool group_dead;

	fput_held_files(p);
	mm_release(p);			/* robust futexes, clear_child_tid, vfork */
	exit_files(p);
	switch_mm(NULL);		/* off the address space we may free next */
	if (p->mm)
		mmput(p->mm);
	p->mm = NULL;

	p->exit_code = code;
	group_dead = --p->signal->live == 0;
	if (p != leader) {		/* the process's times are the leader's */
		leader->utime += p->utime;
		leader->stime += p->stime;
	}
	if (group_dead) {
		code = group_status(leader);
		if (leader->first_module)
			machine_status = (code & 0x7f) ? 128 + (code & 0x7f) : (code >> 8) & 0xff;
		del_timer(&p->signal->real_timer);	/* no SIGALRM for the dead */
		forget_original_parent(leader);
	}

	/* The process is over when its last thread is: its parent hears of it
	 * (SIGCHLD) and reaps the leader's zombie with wait4 — unless it has
	 * no parent or does not want zombies (SIGCHLD ignored): then it goes. */
	if (p != leader) {
		p->state = EXIT_DEAD;	/* schedule_tail frees the stack */
		if (group_dead && leader->state == EXIT_ZOMBIE &&
		    (!leader->parent || do_notify_parent(leader, code)))
			release_task(leader);
	} else if (!group_dead || (p->parent && !do_notify_parent(p, code))) {
		p->state = EXIT_ZOMBIE;
	} else {
		p->state = EXIT_DEAD;
	}
	schedule();
	panic("do_exit: a dead task was scheduled");
}

/* exit_group, and a fatal signal: every thread of the process ends, and
 * the first one's status is the process's. */
void do_group_exit(int code)
{
	struct signal_struct *sig = current->signal;

	if (sig->group_exit) {
		code = sig->group_exit_status;
	} else {
		sig->group_exit = true;
		sig->group_exit_status = code;
		zap_other_threads(current, code);
	}
	do_exit(code);
}

long sys_exit(int status)
{
	do_exit((status & 0xff) << 8);
}

long sys_exit_group(int status)
{
	do_group_exit((status & 0xff) << 8);
}

/* struct rusage on i386: two struct timevals, then fourteen longs we do
 * not count (page faults, context switches ...): zero. */
struct rusage32 {
	s32 utime_sec, utime_usec, stime_sec, stime_usec;
	s32 rest[14];
};

static int put_rusage(struct task_struct *c, void __user *ru)
{
	struct rusage32 r = { 0 };
	u64 utime, stime;

	task_cputime_adjusted(c, &utime, &stime);	/* ns, its own ... */
	utime += c->cutime;				/* ... and its children's */
	stime += c->cstime;
	r.utime_sec = utime / NSEC_PER_SEC;
	r.utime_usec = utime % NSEC_PER_SEC / 1000;
	r.stime_sec = stime / NSEC_PER_SEC;
	r.stime_usec = stime % NSEC_PER_SEC / 1000;
	return copy_to_user(ru, &r, sizeof(r)) ? -EFAULT : 0;
}

/* Children of the caller that `pid` selects, as in wait4(2): > 0 that one,
 * 0 those in the caller's process group, -1 any, < -1 those in group -pid.
 * A child is a process — its leader stands for it — and the children of
 * one thread are those of all its threads.  Without __WALL, children that
 * signal their end with SIGCHLD are waited for, and with __WCLONE only the
 * others (Linux's eligible_child). */
static bool wait_matches(struct task_struct *c, pid_t pid, int options)
{
	if (c->state == TASK_UNUSED || c->state == EXIT_DEAD || c != c->group_leader ||
	    c->parent != current->group_leader)
		return false;
	if (pid > 0 && c->pid != pid)
		return false;
	if (pid == 0 && c->signal->pgrp != current->signal->pgrp)
		return false;
	if (pid < -1 && c->signal->pgrp != -pid)
		return false;
	return (options & __WALL) || ((c->exit_signal == SIGCHLD) == !(options & __WCLONE));
}

/* What wait4 may report about child c now, as a wait status, or -1: its
 * end, once every thread has exited; with WUNTRACED a stop not reported
 * yet (0x7f | sig << 8); with WCONTINUED a continue not reported yet
 * (0xffff). */
static int wait_status(struct task_struct *c, int options)
{
	struct signal_struct *sig = c->signal;

	if (c->state == EXIT_ZOMBIE)
		return thread_group_empty(c) ? group_status(c) : -1;
	if ((options & WUNTRACED) && (sig->flags & SIGNAL_STOP_STOPPED) && (sig->flags & SIGNAL_STOP_REPORT))
		return 0x7f | sig->group_exit_code << 8;
	if ((options & WCONTINUED) && (sig->flags & SIGNAL_CLD_CONTINUED))
		return 0xffff;
	return -1;
}

long sys_wait4(pid_t pid, int __user *stat_addr, int options, void __user *ru)
{
	long ret;

	if (options & ~(WNOHANG | WUNTRACED | WCONTINUED | __WNOTHREAD | __WCLONE | __WALL))
		return -EINVAL;
	if (pid == (pid_t)0x80000000)
		return -ESRCH;		/* as Linux: -INT_MIN is no group */
	for (;;) {
		bool have_child = false;

		for (int i = 1; i < NR_TASKS; i++) {
			struct task_struct *c = &task[i];
			int status;

			if (!wait_matches(c, pid, options))
				continue;
			have_child = true;
			status = wait_status(c, options);
			if (status < 0)
				continue;
			/* As Linux: the child is reaped even if the copy faults. */
			ret = c->pid;
			if (stat_addr && put_user(status, stat_addr))
				ret = -EFAULT;
			if (ru && put_rusage(c, ru))
				ret = -EFAULT;
			if (c->state == EXIT_ZOMBIE) {
				/* getrusage(RUSAGE_CHILDREN) and times() count it now. */
				u64 ut, st;

				task_cputime_adjusted(c, &ut, &st);
				current->cutime += ut + c->cutime;
				current->cstime += st + c->cstime;
				release_task(c);
			} else if ((status & 0xff) == 0x7f) {
				c->signal->flags &= ~SIGNAL_STOP_REPORT;
			} else {
				c->signal->flags &= ~SIGNAL_CLD_CONTINUED;
			}
			return ret;
		}
		if (!have_child)
			return -ECHILD;
		if (options & WNOHANG)
			return 0;
		/* Children report to their process: to its leader's queue. */
		ret = wait_event_interruptible(current->group_leader->wait_chldexit, ({
			bool ready = false, any = false;
			for (int i = 1; i < NR_TASKS; i++)
				if (wait_matches(&task[i], pid, options)) {
					any = true;
					ready |= wait_status(&task[i], options) >= 0;
				}
			ready || !any; }));
		if (ret)
			return ret;	/* -ERESTARTSYS */
	}
}

long sys_waitpid(pid_t pid, int __user *stat_addr, int options)
{
	return sys_wait4(pid, stat_addr, options, NULL);
}
