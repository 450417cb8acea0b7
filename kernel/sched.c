/* kernel/sched.c — the scheduler and the sleep/wake machinery.
 *
 * Round-robin: schedule() picks the next TASK_RUNNING slot after the
 * current one, or the idle task (slot 0) if there is none.  Preemption: the
 * timer tick takes one tick off the running task's time slice; at zero it
 * sets need_resched, and the next return to user mode (exit_to_user_mode)
 * calls schedule().  The kernel itself is never preempted — it runs with
 * interrupts off — so a task leaves the CPU only there or when it sleeps
 * (which is also what keeps one write to the console from being cut by
 * another's).  A task switch (Linux: switch_to; here the end of schedule()
 * and __switch_to_asm in entry.S) changes four
 * things: the kernel stack (and the TSS's esp0 for the next trap from user
 * mode), the page directory, the TLS segments and the x87/SSE registers
 * (kernel/fpu.c).  exit_to_user_mode, the last stop before user mode, also
 * delivers signals (kernel/signal_32.c) and mends a cut rseq critical
 * section (kernel/rseq.c).
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/jiffies.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/io.h>
#include <linux/reboot.h>
#include <linux/traps.h>
#include <linux/interrupt.h>
#include <linux/timer.h>
#include <linux/uaccess.h>

struct task_struct task[NR_TASKS];
struct task_struct *current = &task[0];
bool need_resched;
static struct task_struct *last_task;	/* prev, for schedule_tail */

extern char boot_stack[];
extern void __switch_to_asm(unsigned long *prev_sp, unsigned long next_sp);

void sched_init(void)
{
	for (int i = 1; i < NR_TASKS; i++)
		task[i].state = TASK_UNUSED;
	task[0].state = TASK_RUNNING;
	task[0].pid = 0;
	task[0].stack = boot_stack;
	memcpy(task[0].comm, "swapper", 8);
	init_waitqueue_head(&task[0].wait_chldexit);
}

void load_TLS(struct task_struct *p)
{
	for (int i = 0; i < GDT_ENTRY_TLS_ENTRIES; i++)
		gdt[GDT_ENTRY_TLS_MIN + i] = p->tls[i];
}

static struct task_struct *pick_next_task(void)
{
	int start = current - task;

	for (int i = 1; i <= NR_TASKS; i++) {
		struct task_struct *p = &task[(start + i) % NR_TASKS];

		if (p != &task[0] && p->state == TASK_RUNNING)
			return p;
	}
	return &task[0];
}

/* Runs in the context of the task just switched to: free the one that
 * left if it was dead — it could not free the stack it was running on. */
void schedule_tail(void)
{
	if (last_task && last_task->state == EXIT_DEAD)
		release_task(last_task);
	last_task = NULL;
	/* A new task's first moment: CLONE_CHILD_SETTID wants its tid in
	 * its own memory (a failure is not reported, as in Linux). */
	if (current->set_child_tid) {
		put_user(current->pid, (int __user *)current->set_child_tid);
		current->set_child_tid = 0;
	}
}

/* Exact CPU time, for the CPU-time clocks (Linux: update_curr): the
 * nanoseconds between being switched to and switched away.  The ticks
 * (utime, stime) only say how to split it between user and kernel mode
 * (kernel/sys.c: task_cputime_adjusted). */
static void account_cpu_time(struct task_struct *prev, struct task_struct *next)
{
	u64 now = ktime_get_ns();

	prev->sum_exec_runtime += now - prev->exec_start;
	next->exec_start = now;
}

u64 task_sched_runtime(struct task_struct *p)
{
	return p->sum_exec_runtime + (p == current ? ktime_get_ns() - p->exec_start : 0);
}

void schedule(void)
{
	struct task_struct *prev = current, *next;

	do_softirq();		/* deferred work first: it may wake someone */
	need_resched = false;
	next = pick_next_task();
	if (next->time_slice <= 0)
		next->time_slice = TIMESLICE;
	if (next == prev)
		return;
	account_cpu_time(prev, next);
	tss_set_kernel_stack((unsigned long)next->stack + THREAD_SIZE);
	switch_mm(next->mm);
	load_TLS(next);
	/* Each task has its own x87 and SSE registers (the kernel uses none). */
	fpu_save(&prev->fpu);
	fpu_restore(&next->fpu);
	if (prev->rseq)
		prev->rseq_resume = true;	/* its critical section, if any, is cut */
	last_task = prev;
	current = next;
	__switch_to_asm(&prev->thread.sp, next->thread.sp);
	schedule_tail();
}

void wake_up_process(struct task_struct *p)
{
	if (p->state == TASK_INTERRUPTIBLE || p->state == TASK_UNINTERRUPTIBLE) {
		p->state = TASK_RUNNING;
	}
}

/* --- wait queues (include/linux/wait.h) --- */

void init_wait_entry(struct wait_queue_entry *w)
{
	w->task = current;
	INIT_LIST_HEAD(&w->entry);
}

void add_wait_queue(wait_queue_head_t *wq, struct wait_queue_entry *w)
{
	if (list_empty(&w->entry))
		list_add_tail(&w->entry, &wq->head);
}

void remove_wait_queue(wait_queue_head_t *wq, struct wait_queue_entry *w)
{
	(void)wq;
	if (!list_empty(&w->entry))
		list_del_init(&w->entry);
}

void prepare_to_wait(wait_queue_head_t *wq, struct wait_queue_entry *w, long state)
{
	add_wait_queue(wq, w);
	current->state = state;
}

void finish_wait(wait_queue_head_t *wq, struct wait_queue_entry *w)
{
	current->state = TASK_RUNNING;
	remove_wait_queue(wq, w);
}

void wake_up(wait_queue_head_t *wq)
{
	struct list_head *pos, *n;

	list_for_each_safe(pos, n, &wq->head)
		wake_up_process(list_entry(pos, struct wait_queue_entry, entry)->task);
}

int signal_pending_current(void)
{
	return signal_pending(current);
}

/* Sleep (in the state the caller already set) for at most `ticks`: a
 * kernel timer wakes us if nothing else does first (Linux's
 * process_timeout).  Returns the ticks left, 0 once the monotonic clock
 * has gone `ticks` ms past the call. */
struct sleep_timer {
	struct timer_list timer;
	struct task_struct *task;
};

static void process_timeout(struct timer_list *t)
{
	wake_up_process(container_of(t, struct sleep_timer, timer)->task);
}

long schedule_timeout(long ticks)
{
	struct sleep_timer st;
	u64 expire, deadline, now;

	if (ticks == MAX_SCHEDULE_TIMEOUT) {
		schedule();
		return ticks;
	}
	deadline = ktime_get_ns() + (u64)ticks * NSEC_PER_JIFFY;
	expire = jiffies + ticks;
	st.task = current;
	timer_setup(&st.timer, process_timeout);
	mod_timer(&st.timer, expire);
	schedule();
	del_timer(&st.timer);		/* it lives on this stack */
	/* What is left by the monotonic clock, not by the tick count: under
	 * QEMU the ticks come unevenly (late, then in bursts), so `ticks`
	 * ticks can be a few ms short of the time programs measure.  A
	 * caller woken early gets a tick or more left and sleeps on. */
	now = ktime_get_ns();
	return now >= deadline ? 0 : (long)ns_to_ticks_up(deadline - now);
}

/* --- the tick --- */

void scheduler_tick(bool user)
{
	if (current == &task[0]) {
		idle_ticks++;
		need_resched = true;		/* look for work at once */
		return;
	}
	if (user)
		current->utime++;
	else
		current->stime++;
	if (current->signal)
		itimer_tick(current->signal, user);	/* ITIMER_VIRTUAL, ITIMER_PROF */
	if (--current->time_slice <= 0)
		need_resched = true;
}

/* For a system call that works long without sleeping (getrandom of
 * megabytes): the kernel runs with interrupts off, so let those waiting
 * in the PIC in for a moment — the tick may end our time slice, a timer
 * or a key may send a signal — and give the CPU up if the slice is over.
 * Call it only where no kernel state is half-changed, as Linux's
 * cond_resched.  (sti takes effect after the next instruction: the nop.) */
void cond_resched(void)
{
	asm volatile("sti; nop; cli" ::: "memory");
	if (need_resched)
		schedule();		/* still TASK_RUNNING: we come back */
}

/* A system call's result that only do_signal may turn into what the
 * user sees (EINTR or a restart): see include/linux/errno.h. */
static bool restart_code(const struct pt_regs *regs)
{
	long ax = regs->ax;

	return (long)regs->orig_ax >= 0 && ax <= -ERESTARTSYS && ax >= -ERESTART_RESTARTBLOCK;
}

/* The last step before iret to user mode (entry.S): deferred work, a
 * reschedule if the time slice is over, then signals — each handler gets a
 * frame on the user stack (kernel/signal_32.c), default actions happen
 * (termination, stopping). */
void exit_to_user_mode(struct pt_regs *regs)
{
	for (;;) {
		do_softirq();
		if (need_resched) {
			schedule();
			continue;
		}
		if (current->mm && (signal_pending(current) || restart_code(regs) || current->restore_sigmask)) {
			do_signal(regs);
			continue;
		}
		break;
	}
	if (current->rseq_resume)
		rseq_handle_notify_resume(0, regs);
}

int nr_live_tasks(void)
{
	int n = 0;

	for (int i = 1; i < NR_TASKS; i++)
		if (task[i].state != TASK_UNUSED && task[i].state != EXIT_ZOMBIE && task[i].state != EXIT_DEAD)
			n++;
	return n;
}

/* The idle task: the boot context once start_kernel is done.  Sleeps the
 * CPU until an interrupt makes some task runnable; when no process is left
 * at all, the run is over. */
void cpu_idle(void)
{

	for (;;) {
		schedule();
		if (nr_live_tasks() == 0)
			power_off_report();
		asm volatile("sti; hlt; cli");
	}
}
