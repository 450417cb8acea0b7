/* kernel/exit.c — the end of a process: exit, exit_group, wait4, waitpid.
 *
 * do_exit frees what the process owned (descriptors, address space), hands
 * its children to process 1, becomes a zombie holding only its exit status,
 * and wakes its parent sleeping in wait4.  The parent's wait4 copies the
 * status out and frees the slot (release_task).  A process the kernel
 * started (a multiboot module) has no parent to wait for it, so it is
 * released at once; the first module's status becomes the machine's.
 * Wait statuses are encoded as Linux does: (code & 0xff) << 8 for exit(),
 * the signal number for a process a signal killed.
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

void do_exit(int code)
{
	struct task_struct *p = current, *init = find_task_by_pid(1);

	if (p->first_module)
		machine_status = (code & 0x7f) ? 128 + (code & 0x7f) : (code >> 8) & 0xff;
	/* set_tid_address asked for the thread id to be cleared at exit
	 * (a thread library's join waits on it). */
	if (p->clear_child_tid && p->mm)
		put_user(0, (int __user *)p->clear_child_tid);
	if (p->signal->count == 1)
		del_timer(&p->signal->real_timer);	/* no SIGALRM for the dead */
	exit_files(p);
	switch_mm(NULL);		/* off the address space we free next */
	if (p->mm)
		mmput(p->mm);
	p->mm = NULL;

	/* Orphans go to process 1; zombies nobody will wait for are freed. */
	for (int i = 1; i < NR_TASKS; i++) {
		struct task_struct *c = &task[i];

		if (c->state == TASK_UNUSED || c->parent != p)
			continue;
		c->parent = (init && init != p && init->state != EXIT_ZOMBIE) ? init : NULL;
		if (c->state == EXIT_ZOMBIE) {
			if (c->parent)
				wake_up(&c->parent->wait_chldexit);
			else
				release_task(c);
		}
	}

	p->exit_code = code;
	if (p->parent && !do_notify_parent(p)) {
		p->state = EXIT_ZOMBIE;	/* until the parent's wait4 */
	} else {
		p->state = EXIT_DEAD;	/* schedule_tail frees the stack */
	}
	schedule();
	panic("do_exit: a dead task was scheduled");
}

long sys_exit(int status)
{
	do_exit((status & 0xff) << 8);
}

long sys_exit_group(int status)
{
	do_exit((status & 0xff) << 8);
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
	u32 us_per_tick = 1000000 / HZ;

	r.utime_sec = c->utime / HZ;
	r.utime_usec = (c->utime % HZ) * us_per_tick;
	r.stime_sec = c->stime / HZ;
	r.stime_usec = (c->stime % HZ) * us_per_tick;
	return copy_to_user(ru, &r, sizeof(r)) ? -EFAULT : 0;
}

/* Children of the caller that `pid` selects, as in wait4(2): > 0 that one,
 * 0 those in the caller's process group, -1 any, < -1 those in group -pid. */
static bool wait_matches(struct task_struct *c, pid_t pid)
{
	if (c->state == TASK_UNUSED || c->state == EXIT_DEAD || c->parent != current)
		return false;
	if (pid > 0)
		return c->pid == pid;
	if (pid == 0)
		return c->signal->pgrp == current->signal->pgrp;
	if (pid < -1)
		return c->signal->pgrp == -pid;
	return true;
}

/* What wait4 may report about child c now, as a wait status, or -1:
 * its death; with WUNTRACED a stop not reported yet (0x7f | sig << 8);
 * with WCONTINUED a continue not reported yet (0xffff). */
static int wait_status(struct task_struct *c, int options)
{
	struct signal_struct *sig = c->signal;

	if (c->state == EXIT_ZOMBIE)
		return c->exit_code;
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

			if (!wait_matches(c, pid))
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
			if (c->state == EXIT_ZOMBIE)
				release_task(c);
			else if ((status & 0xff) == 0x7f)
				c->signal->flags &= ~SIGNAL_STOP_REPORT;
			else
				c->signal->flags &= ~SIGNAL_CLD_CONTINUED;
			return ret;
		}
		if (!have_child)
			return -ECHILD;
		if (options & WNOHANG)
			return 0;
		ret = wait_event_interruptible(current->wait_chldexit, ({
			bool ready = false, any = false;
			for (int i = 1; i < NR_TASKS; i++)
				if (wait_matches(&task[i], pid)) {
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
