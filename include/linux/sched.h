/* include/linux/sched.h — processes and threads.
 *
 * A thread is a struct task_struct in a fixed table of NR_TASKS slots (so
 * gdb can print them all: `p task[3]`).  Slot 0 is the idle task, the boot
 * context that runs when nothing else can.  Each task has an 8 KiB kernel
 * stack; while it is in the kernel, its user registers sit at the top of
 * that stack as a struct pt_regs.  The scheduler (kernel/sched.c) is
 * round-robin over the table, preemptive at the return to user mode.
 * A process is one task, or several sharing their memory and more (a
 * thread group, made by clone(CLONE_THREAD): kernel/fork.c).
 */
#ifndef _LINUX_SCHED_H
#define _LINUX_SCHED_H

#include <linux/types.h>
#include <linux/kernel.h>
#include <linux/ptrace.h>
#include <linux/segment.h>
#include <linux/wait.h>
#include <linux/linkage.h>
#include <linux/signal.h>
#include <uapi/linux/sched.h>
#include <linux/fpu.h>
#include <uapi/linux/resource.h>

#define NR_TASKS	64		/* slots, idle included: beyond, fork and clone give EAGAIN */
#define THREAD_SIZE	BOOT_STACK_SIZE
#define TASK_COMM_LEN	16
#define TIMESLICE	10		/* ticks (ms) before a runner is preempted */
#define NR_HELD_FILES	64		/* files one system call may look up in a shared table */

/* task->state */
#define TASK_RUNNING		0
#define TASK_INTERRUPTIBLE	1
#define TASK_UNINTERRUPTIBLE	2
#define TASK_STOPPED		4	/* SIGSTOP & co.: until SIGCONT or SIGKILL */
#define EXIT_ZOMBIE		16	/* exited, waiting for its parent's wait4 */
#define EXIT_DEAD		32	/* being freed */
#define TASK_UNUSED		64	/* free slot */

struct mm_struct;
struct files_struct;
struct file;
struct user_desc;
struct vfork_done;

struct thread_struct {
	unsigned long sp;		/* kernel esp saved by switch_to */
	unsigned long trap_nr, error_code, cr2;	/* the last user fault, for sigcontext */
};

/* How restart_syscall resumes a call that returned -ERESTART_RESTARTBLOCK. */
struct restart_block {
	long (*fn)(struct restart_block *rb);
	u64 deadline;			/* nanosleep: ktime_get_ns() to reach */
	void __user *rmtp;
	bool time64;			/* rmtp is a __kernel_timespec64 */
};

struct task_struct {
	volatile long state;
	pid_t pid;
	char comm[TASK_COMM_LEN];	/* argv[0]'s last path component */
	struct thread_struct thread;
	void *stack;			/* THREAD_SIZE bytes, kernel stack */
	struct mm_struct *mm;		/* NULL for the idle task */
	struct files_struct *files;
	struct task_struct *parent;	/* NULL: started by the kernel */
	int exit_code;			/* wait status, as wait4 reports it */
	bool first_module;		/* its status is the machine's */
	/* Signals, split as in Linux so that threads can share what a
	 * process shares: the mask and the signals aimed at this thread are
	 * the thread's own; the handlers (sighand, CLONE_SIGHAND) and the
	 * process's pending set, process group, session, alarm timer and
	 * stop state (signal, CLONE_THREAD) are refcounted and shared.
	 * include/linux/signal.h has the structs. */
	u64 blocked;			/* bit signo-1: blocked */
	u64 saved_sigmask;		/* sigsuspend's mask, restored after the handler */
	bool restore_sigmask;
	struct sigpending pending;	/* tkill and faults: this thread's */
	struct sighand_struct *sighand;
	struct signal_struct *signal;
	struct restart_block restart_block;
	unsigned long sas_ss_sp, sas_ss_size;	/* sigaltstack; size 0: none */
	int time_slice;
	unsigned long clear_child_tid;	/* set_tid_address */
	struct desc_struct tls[GDT_ENTRY_TLS_ENTRIES];	/* set_thread_area */
	struct fxregs_state fpu;	/* x87 and SSE registers (kernel/fpu.c) */
	wait_queue_head_t wait_chldexit;	/* the parent sleeps here in wait4 */
	u64 utime, stime;		/* ticks spent in user / kernel mode */
	/* Threads (kernel/fork.c, kernel/exit.c, kernel/futex.c).  A thread
	 * group is the tasks one process's clone(CLONE_THREAD) made; they
	 * share mm, files, sighand and signal.  pid is the thread's own id
	 * (gettid), tgid the group's (getpid), which is its leader's pid. */
	pid_t tgid;
	struct task_struct *group_leader;	/* the group's first task */
	int exit_signal;		/* the parent gets it at exit (SIGCHLD); -1: a thread */
	unsigned long set_child_tid;	/* CLONE_CHILD_SETTID: the tid goes here first thing */
	unsigned long robust_list;	/* set_robust_list's head (user address) */
	struct vfork_done *vfork_done;	/* CLONE_VFORK: the parent sleeps on it */
	/* Files this system call looked up while another task shares the
	 * descriptor table: referenced until the call returns (fget). */
	struct file *held_files[NR_HELD_FILES];
	int nr_held_files;
	unsigned long rseq;		/* rseq(2): the thread's struct rseq, or 0 (kernel/rseq.c) */
	u32 rseq_len, rseq_sig;
	bool rseq_resume;		/* switched out since it was last in user mode */

	u64 sum_exec_runtime, exec_start;	/* ns on the CPU; when it last got it */

	/* What a process inherits and the small calls of kernel/sys.c read.
	 * Linux keeps the limits and the children's times in the
	 * signal_struct that a process's threads share; they are per task
	 * here for now, so one thread's setrlimit, or a child another thread
	 * reaped, is not seen by its siblings. */
	u64 cutime, cstime;		/* ns: reaped children's and theirs */
	unsigned int umask;		/* umask(2); 022 at boot */
	struct rlimit rlim[RLIM_NLIMITS];	/* getrlimit(2) and friends */
};

extern struct task_struct task[NR_TASKS];
extern struct task_struct *current;
extern bool need_resched;

void sched_init(void);
void schedule(void);
void cond_resched(void);
void scheduler_tick(bool user);
void wake_up_process(struct task_struct *p);
void __attribute__((noreturn)) cpu_idle(void);
struct task_struct *find_task_by_pid(pid_t pid);
struct task_struct *alloc_task(void);
void release_task(struct task_struct *p);
void free_unstarted_task(struct task_struct *p);
int nr_live_tasks(void);
void __attribute__((noreturn)) do_exit(int code);
void __attribute__((noreturn)) do_group_exit(int code);
bool thread_group_empty(struct task_struct *leader);
void zap_other_threads(struct task_struct *p, int code);
void mm_release(struct task_struct *p);
void rseq_handle_notify_resume(int sig, struct pt_regs *regs);
void rseq_fork(struct task_struct *p, unsigned long clone_flags);
long kernel_clone(unsigned long flags, unsigned long newsp, int __user *parent_tid,
		  unsigned long tls, int __user *child_tid);
int do_set_thread_area(struct task_struct *p, struct user_desc __user *u_info, bool can_allocate);
/* The tasks of p's thread group (p included), leaders and zombies too. */
#define for_each_thread(p, t) \
	for (struct task_struct *t = &task[1]; t < &task[NR_TASKS]; t++) \
		if (t->state != TASK_UNUSED && t->state != EXIT_DEAD && t->tgid == (p)->tgid)
#define CLONE_SIGHAND	0x00000800
#define CLONE_THREAD	0x00010000
int copy_sighand(unsigned long clone_flags, struct task_struct *p);
int copy_signal(unsigned long clone_flags, struct task_struct *p);
void force_sig(int sig);
void force_sig_fault(int sig, int code, unsigned long addr);
void force_sigsegv(int sig);
int send_sig(int sig, struct task_struct *p);
bool signal_pending(struct task_struct *p);
bool fatal_signal_pending(struct task_struct *p);
void start_thread(struct task_struct *p, unsigned long ip, unsigned long sp);
void load_TLS(struct task_struct *p);
u64 task_sched_runtime(struct task_struct *p);	/* ns on the CPU so far */
void task_cputime_adjusted(struct task_struct *p, u64 *ut, u64 *st);	/* ns, user / kernel */
void task_init_defaults(struct task_struct *p);	/* umask, limits at boot */
void copy_task_defaults(struct task_struct *p);	/* ... inherited (alloc_task) */

/* The caller's soft limit on a resource (RLIMIT_NOFILE ...). */
static inline unsigned long rlimit(unsigned int resource)
{
	return current->rlim[resource].rlim_cur;
}

/* A task's user registers: the trap frame at the top of its kernel stack. */
static inline struct pt_regs *task_pt_regs(struct task_struct *p)
{
	return (struct pt_regs *)((char *)p->stack + THREAD_SIZE) - 1;
}
#define current_pt_regs() task_pt_regs(current)

#endif
