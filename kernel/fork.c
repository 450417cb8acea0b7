/* kernel/fork.c — making processes and threads: clone(2), clone3, fork,
 * vfork, and the first process of each module (kernel/exec.c).
 *
 * A new task gets a free slot, an 8 KiB kernel stack and, at the top of that
 * stack, a copy of the parent's trap frame (struct pt_regs) with eax = 0 —
 * that is how fork returns 0 in the child.  Below the frame we build what
 * __switch_to_asm expects to pop (four saved registers and a return
 * address), so the first switch to the child "returns" into ret_from_fork
 * (kernel/entry.S), which irets to user mode with that frame.  A thread
 * starts the same way, on the user stack its library chose; whatever the
 * clone flags share (memory, descriptors, handlers, the process itself) is
 * shared by taking a reference (mm->users, files->count, sighand->count,
 * signal->count), and let go of at exit.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/file.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <linux/futex.h>

/* CLONE_VFORK: on the parent's stack until the child exits (mm_release). */
struct vfork_done {
	bool done;
	wait_queue_head_t wait;
};

static void wait_for_vfork_done(struct task_struct *child, struct vfork_done *vfork);

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
		/* The creator's umask and limits, whatever makes the task (fork,
		 * clone, a module: exec then sets init's); Linux's
		 * dup_task_struct copies them the same way. */
		copy_task_defaults(p);
		p->stack = alloc_pages_exact(THREAD_SIZE / PAGE_SIZE);
		if (!p->stack) {
			p->state = TASK_UNUSED;
			return NULL;
		}
		p->state = TASK_UNINTERRUPTIBLE;	/* not runnable until set up */
		p->pid = p->tgid = ++last_pid;
		p->group_leader = p;
		p->exit_signal = SIGCHLD;
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
	p->signal->tty = current->signal->tty;		/* the controlling terminal */
	p->signal->leader = p;
	return 0;
}

/* Undo a task that never ran: a fork, clone or module start that failed
 * half-way gives back its files, its address space and its slot. */
void free_unstarted_task(struct task_struct *p)
{
	exit_files(p);
	if (p->mm)
		mmput(p->mm);
	p->mm = NULL;
	release_task(p);
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

/* What Linux refuses before it creates anything (copy_process).  Flags we
 * do not implement — namespaces, pidfds — are refused too, with EINVAL
 * (Linux would succeed for root): a program must not believe it got them. */
static int check_clone_flags(unsigned long flags)
{
	if ((flags & (CLONE_NEWNS | CLONE_FS)) == (CLONE_NEWNS | CLONE_FS) ||
	    (flags & (CLONE_NEWUSER | CLONE_FS)) == (CLONE_NEWUSER | CLONE_FS))
		return -EINVAL;
	/* Threads share signal handlers; handlers need one address space. */
	if ((flags & CLONE_THREAD) && !(flags & CLONE_SIGHAND))
		return -EINVAL;
	if ((flags & CLONE_SIGHAND) && !(flags & CLONE_VM))
		return -EINVAL;
	if (flags & (CLONE_NEWNS | CLONE_NEWCGROUP | CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWUSER |
		     CLONE_NEWPID | CLONE_NEWNET | CLONE_PIDFD))
		return -EINVAL;
	return 0;
}

/* clone(2), and fork and vfork, which are clone with fixed flags (Linux's
 * kernel_clone).  Each CLONE_* resource is either shared (a reference
 * more) or copied: the address space (CLONE_VM), the descriptor table
 * (CLONE_FILES), the handlers (CLONE_SIGHAND), the process itself
 * (CLONE_THREAD: same tgid, same parent, the same signal_struct).  The new
 * task starts where the caller is, with eax = 0 and, if newsp is given,
 * on that stack. */
long kernel_clone(unsigned long flags, unsigned long newsp, int __user *parent_tid,
		  unsigned long tls, int __user *child_tid)
{
	struct pt_regs *regs = current_pt_regs();
	struct vfork_done vfork = { .done = false };
	struct task_struct *p;
	int err = check_clone_flags(flags);

	if (err)
		return err;
	p = alloc_task();
	if (!p)
		return -EAGAIN;
	err = -ENOMEM;
	if (flags & CLONE_VM) {
		p->mm = current->mm;
		p->mm->users++;
	} else if (!(p->mm = dup_mm(current->mm))) {
		goto fail;
	}
	if (flags & CLONE_FILES) {
		p->files = current->files;
		p->files->count++;
	} else if (!(p->files = dup_files(current->files))) {
		goto fail;
	}
	if (copy_sighand(flags, p) || copy_signal(flags, p))
		goto fail;
	memcpy(p->comm, current->comm, sizeof(p->comm));
	memcpy(p->tls, current->tls, sizeof(p->tls));
	/* The child's registers first: CLONE_SETTLS checks them against the
	 * new descriptor (a selector it no longer fits would fault inside the
	 * kernel, at the child's first iret). */
	copy_thread(p, regs);
	if (newsp)
		task_pt_regs(p)->sp = newsp;
	if (flags & CLONE_SETTLS) {
		err = do_set_thread_area(p, (struct user_desc __user *)tls, false);
		if (err)
			goto fail;
	}
	if (flags & CLONE_THREAD) {
		p->tgid = current->tgid;
		p->group_leader = current->group_leader;
		p->parent = current->group_leader->parent;	/* the process's parent */
		p->exit_signal = -1;
		p->first_module = false;
	} else {
		/* The parent is a process: the group's leader stands for it,
		 * whichever of its threads forked (wait4 from any of them). */
		p->parent = (flags & CLONE_PARENT) ? current->group_leader->parent : current->group_leader;
		p->exit_signal = flags & CSIGNAL;
	}
	p->signal->live++;
	fpu_save(&p->fpu);		/* the child gets the registers as they are now */
	p->blocked = current->blocked;
	/* The signal stack is inherited, except by a thread (Linux). */
	if ((flags & (CLONE_VM | CLONE_VFORK)) != CLONE_VM) {
		p->sas_ss_sp = current->sas_ss_sp;
		p->sas_ss_size = current->sas_ss_size;
	}
	rseq_fork(p, flags);
	if (flags & CLONE_CHILD_SETTID)
		p->set_child_tid = (unsigned long)child_tid;
	if (flags & CLONE_CHILD_CLEARTID)
		p->clear_child_tid = (unsigned long)child_tid;
	/* As Linux, into the caller's memory (the child's too under CLONE_VM);
	 * a bad pointer is not an error. */
	if (flags & CLONE_PARENT_SETTID)
		put_user(p->pid, parent_tid);
	if (flags & CLONE_VFORK) {
		init_waitqueue_head(&vfork.wait);
		p->vfork_done = &vfork;
	}
	p->state = TASK_RUNNING;
	if (flags & CLONE_VFORK)
		wait_for_vfork_done(p, &vfork);
	return p->pid;
fail:
	free_unstarted_task(p);
	return err;
}

/* vfork: the child borrows our address space — and our stack — until it
 * exits (there is no execve here), so we must not run until then.  Only
 * SIGKILL ends the wait early (Linux: wait_for_completion_killable); the
 * child then no longer reports to us. */
static void wait_for_vfork_done(struct task_struct *child, struct vfork_done *vfork)
{
	struct wait_queue_entry w;

	init_wait_entry(&w);
	for (;;) {
		prepare_to_wait(&vfork->wait, &w, TASK_INTERRUPTIBLE);
		if (vfork->done)
			break;
		if ((current->pending.signal | current->signal->shared_pending.signal) & sigmask(SIGKILL)) {
			child->vfork_done = NULL;
			break;
		}
		schedule();
	}
	finish_wait(&vfork->wait, &w);
}

/* A task lets go of its address space, at exit (Linux: mm_release):
 * the robust futexes it held are marked as abandoned, the thread library's
 * tid word is cleared and its joiner woken, a vfork parent released. */
void mm_release(struct task_struct *p)
{
	if (p->mm)
		exit_robust_list(p);
	/* Only someone sharing the memory could be waiting on the word. */
	if (p->clear_child_tid && p->mm && p->mm->users > 1) {
		int __user *tidptr = (int __user *)p->clear_child_tid;

		if (put_user(0, tidptr) == 0)
			futex_wake(p->mm, (unsigned long)tidptr, 1, FUTEX_BITSET_MATCH_ANY);
	}
	p->clear_child_tid = 0;
	if (p->vfork_done) {
		p->vfork_done->done = true;
		wake_up(&p->vfork_done->wait);
		p->vfork_done = NULL;
	}
}

long sys_fork(void)
{
	return kernel_clone(SIGCHLD, 0, NULL, 0, NULL);
}

long sys_vfork(void)
{
	return kernel_clone(CLONE_VFORK | CLONE_VM | SIGCHLD, 0, NULL, 0, NULL);
}

/* clone3 (Linux 5.3): the arguments in a struct that may grow; glibc
 * 2.34+ tries it first.  Its checks are Linux's clone3_args_valid. */
struct clone_args {
	u64 flags, pidfd, child_tid, parent_tid, exit_signal, stack, stack_size, tls;
	u64 set_tid, set_tid_size, cgroup;	/* later versions: sizes 80, 88 */
};
#define CLONE_ARGS_SIZE_VER0	64
#define CLONE_CLEAR_SIGHAND	0x100000000ULL
#define CLONE_INTO_CGROUP	0x200000000ULL

long sys_clone3(struct clone_args __user *uargs, size_t size)
{
	struct clone_args args = { 0 };
	u8 extra;

	if (size < CLONE_ARGS_SIZE_VER0)
		return -EINVAL;
	if (size > PAGE_SIZE)
		return -E2BIG;
	/* A newer program's larger struct is fine if what we do not know
	 * is zero. */
	for (size_t i = sizeof(args); i < size; i++) {
		if (get_user(extra, (u8 __user *)uargs + i))
			return -EFAULT;
		if (extra)
			return -E2BIG;
	}
	if (copy_from_user(&args, uargs, min(size, sizeof(args))))
		return -EFAULT;
	if ((args.exit_signal & ~(u64)CSIGNAL) || args.exit_signal > _NSIG)
		return -EINVAL;
	if (args.flags & ~(0xffffffffULL | CLONE_CLEAR_SIGHAND | CLONE_INTO_CGROUP) ||
	    (args.flags & CSIGNAL) || (args.flags & (CLONE_DETACHED | CLONE_INTO_CGROUP)))
		return -EINVAL;
	if ((args.flags & CLONE_SIGHAND) && (args.flags & CLONE_CLEAR_SIGHAND))
		return -EINVAL;
	if ((args.flags & (CLONE_THREAD | CLONE_PARENT)) && args.exit_signal)
		return -EINVAL;
	if (!args.stack != !args.stack_size || args.set_tid || args.set_tid_size)
		return -EINVAL;
	if (args.flags & CLONE_CLEAR_SIGHAND)
		return -EINVAL;		/* not implemented: handlers are copied */
	return kernel_clone((args.flags & 0xffffffff) | args.exit_signal,
			    args.stack ? args.stack + args.stack_size : 0,
			    (int __user *)(unsigned long)args.parent_tid, args.tls,
			    (int __user *)(unsigned long)args.child_tid);
}

/* i386 argument order (Linux's CONFIG_CLONE_BACKWARDS). */
long sys_clone(unsigned long flags, unsigned long newsp, int __user *parent_tid,
	       unsigned long tls, int __user *child_tid)
{
	return kernel_clone(flags, newsp, parent_tid, tls, child_tid);
}
