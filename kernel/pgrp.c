/* kernel/pgrp.c — process groups and sessions: setpgid, getpgid, getpgrp,
 * setsid, getsid (Linux keeps them in kernel/sys.c).
 *
 * A session is what a login shell and everything it starts share; inside
 * it, each job (a pipeline) is a process group, so that the terminal can
 * signal the whole job at once (kill(-pgrp, sig), Ctrl-C) and wait4 can
 * wait for one job (waitpid(-pgrp)).  Both are plain numbers in
 * signal_struct: the pid of the process that started the group or session.
 * fork copies them; every module the kernel starts leads its own session.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/errno.h>
#include <linux/syscalls.h>

static bool alive(struct task_struct *t)
{
	return t->state != TASK_UNUSED && t->state != EXIT_DEAD && t->signal;
}

/* Is some process (a zombie counts, as in Linux) in group pgrp of session sid? */
bool session_has_pgrp(pid_t pgrp, pid_t sid)
{
	for (int i = 1; i < NR_TASKS; i++)
		if (alive(&task[i]) && task[i].signal->pgrp == pgrp && task[i].signal->session == sid)
			return true;
	return false;
}

long sys_setpgid(pid_t pid, pid_t pgid)
{
	struct task_struct *p;

	if (!pid)
		pid = current->tgid;
	if (!pgid)
		pgid = pid;
	if (pgid < 0)
		return -EINVAL;
	p = find_task_by_pid(pid);
	/* Only the caller itself or one of its children. */
	if (p)
		p = p->group_leader;	/* a process: its leader stands for it */
	if (!p || !p->signal || (p != current->group_leader && p->parent != current->group_leader))
		return -ESRCH;
	if (p->signal->session != current->signal->session)
		return -EPERM;
	if (p->signal->session == p->pid)
		return -EPERM;		/* a session leader stays where it is */
	if (pgid != p->pid && !session_has_pgrp(pgid, current->signal->session))
		return -EPERM;
	p->signal->pgrp = pgid;
	return 0;
}

long sys_getpgid(pid_t pid)
{
	struct task_struct *p = pid ? find_task_by_pid(pid) : current;

	if (!p || !p->signal)
		return -ESRCH;
	return p->signal->pgrp;
}

long sys_getpgrp(void)
{
	return current->signal->pgrp;
}

long sys_getsid(pid_t pid)
{
	struct task_struct *p = pid ? find_task_by_pid(pid) : current;

	if (!p || !p->signal)
		return -ESRCH;
	return p->signal->session;
}

/* A new session and group, led by the caller — unless some group already
 * has the caller's pid as its number (then EPERM, as Linux). */
long sys_setsid(void)
{
	for (int i = 1; i < NR_TASKS; i++)
		if (alive(&task[i]) && task[i].signal->pgrp == current->tgid)
			return -EPERM;
	current->signal->pgrp = current->signal->session = current->tgid;
	tty_session_left(current);
	return current->tgid;
}
