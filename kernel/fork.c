/* kernel/fork.c — making processes: fork(2), and the first process of each
 * module (kernel/exec.c).
 *
 * A new task gets a free slot, an 8 KiB kernel stack and, at the top of that
 * stack, a copy of the parent's trap frame (struct pt_regs) with eax = 0 —
 * that is how fork returns 0 in the child.  Below the frame we build what
 * __switch_to_asm expects to pop (four saved registers and a return
 * address), so the first switch to the child "returns" into ret_from_fork
 * (kernel/entry.S), which irets to user mode with that frame.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/file.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/syscalls.h>

extern void ret_from_fork(void);
static pid_t last_pid;

struct task_struct *find_task_by_pid(pid_t pid)
{
	for (int i = 1; i < NR_TASKS; i++)
		if (task[i].state != TASK_UNUSED && task[i].state != EXIT_DEAD && task[i].pid == pid)
			return &task[i];
	return NULL;
}

/* A free slot with a kernel stack, or NULL (the process limit). */
struct task_struct *alloc_task(void)
{
	for (int i = 1; i < NR_TASKS; i++) {
		struct task_struct *p = &task[i];

		if (p->state != TASK_UNUSED)
			continue;
		memset(p, 0, sizeof(*p));
		p->stack = alloc_pages_exact(THREAD_SIZE / PAGE_SIZE);
		if (!p->stack) {
			p->state = TASK_UNUSED;
			return NULL;
		}
		p->state = TASK_UNINTERRUPTIBLE;	/* not runnable until set up */
		p->pid = ++last_pid;
		init_waitqueue_head(&p->wait_chldexit);
		return p;
	}
	return NULL;
}

/* Handlers: shared with CLONE_SIGHAND, else a copy (Linux's copy_sighand). */
int copy_sighand(unsigned long clone_flags, struct task_struct *p)
{
	if (clone_flags & CLONE_SIGHAND) {
		current->sighand->count++;
		p->sighand = current->sighand;
		return 0;
	}
	p->sighand = sighand_alloc();
	if (!p->sighand)
		return -ENOMEM;
	memcpy(p->sighand->action, current->sighand->action, sizeof(p->sighand->action));
	return 0;
}

/* Process-wide signal state: shared with CLONE_THREAD; a new process
 * starts with nothing pending and no timer, in its parent's process
 * group and session (Linux's copy_signal). */
int copy_signal(unsigned long clone_flags, struct task_struct *p)
{
	if (clone_flags & CLONE_THREAD) {
		current->signal->count++;
		p->signal = current->signal;
		return 0;
	}
	p->signal = signal_alloc();
	if (!p->signal)
		return -ENOMEM;
	p->signal->pgrp = current->signal->pgrp;
	p->signal->session = current->signal->session;
	p->signal->leader = p;
	return 0;
}

/* Lay out the kernel stack so that __switch_to_asm lands in ret_from_fork. */
static void copy_thread(struct task_struct *p, const struct pt_regs *regs)
{
	struct pt_regs *childregs = task_pt_regs(p);
	unsigned long *sp = (unsigned long *)childregs;

	*childregs = *regs;
	childregs->ax = 0;
	*--sp = (unsigned long)ret_from_fork;
	*--sp = 0;	/* ebp */
	*--sp = 0;	/* ebx */
	*--sp = 0;	/* esi */
	*--sp = 0;	/* edi */
	p->thread.sp = (unsigned long)sp;
}

/* A fresh user context for a new program: flat user segments, interrupts
 * on, start at ip with stack sp. */
void start_thread(struct task_struct *p, unsigned long ip, unsigned long sp)
{
	struct pt_regs regs = {
		.ds = __USER_DS, .es = __USER_DS, .fs = __USER_DS, .gs = __USER_DS,
		.cs = __USER_CS, .ss = __USER_DS,
		.ip = ip, .sp = sp,
		.flags = 0x202,		/* IF, and the always-one bit */
	};

	copy_thread(p, &regs);
}

long sys_fork(void)
{
	struct pt_regs *regs = current_pt_regs();
	struct task_struct *p = alloc_task();

	if (!p)
		return -EAGAIN;
	p->mm = dup_mm(current->mm);
	if (!p->mm) {
		release_task(p);
		return -ENOMEM;
	}
	p->files = dup_files(current->files);
	if (!p->files || copy_sighand(0, p) || copy_signal(0, p)) {
		exit_files(p);
		mmput(p->mm);
		release_task(p);
		return -ENOMEM;
	}
	memcpy(p->comm, current->comm, sizeof(p->comm));
	memcpy(p->tls, current->tls, sizeof(p->tls));
	fpu_save(&p->fpu);		/* the child gets the registers as they are now */
	p->parent = current;
	p->blocked = current->blocked;
	copy_thread(p, regs);
	p->state = TASK_RUNNING;
	return p->pid;
}
