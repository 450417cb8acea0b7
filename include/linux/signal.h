/* include/linux/signal.h — the kernel's signal state (kernel/signal.c).
 *
 * As in Linux, signal state lives in three places (see the note in
 * include/linux/sched.h):
 *   task_struct    per thread: the blocked mask and the signals sent to
 *                  this very thread (tkill, faults);
 *   sighand_struct the handlers, shared by the threads (CLONE_SIGHAND);
 *   signal_struct  per process (CLONE_THREAD shares it): the signals sent
 *                  to the process, process group and session, the
 *                  ITIMER_REAL timer, and the group-stop state.
 * The last two are refcounted; fork copies them, exit drops them.
 */
#ifndef _LINUX_SIGNAL_H
#define _LINUX_SIGNAL_H

#include <linux/types.h>
#include <linux/kernel.h>
#include <linux/timer.h>
#include <uapi/asm/signal.h>

#define sigmask(sig)	(1ull << ((sig) - 1))

/* What the kernel remembers about one pending signal: the fields of the
 * user's siginfo_t that this kernel fills in (kernel/signal.c copies them
 * out in Linux's layout).  Standard signals are not queued: one per
 * number, as in Linux; real-time signals are not queued here either. */
struct ksiginfo {
	int signo, code;
	int pid, uid;			/* SI_USER / SI_TKILL / CLD_* */
	int status;			/* CLD_*: exit code or signal */
	long utime, stime;		/* CLD_*: clock ticks */
	unsigned long addr;		/* faults */
	int overrun;			/* SI_TIMER (ITIMER_REAL: 0) */
};

struct sigpending {
	u64 signal;			/* bit sig-1 set: signal sig is pending */
	struct ksiginfo info[_NSIG];
};

/* One handler, in the layout of i386's struct sigaction for rt_sigaction. */
struct k_sigaction {
	unsigned long handler, flags, restorer;
	u64 mask;
};

struct sighand_struct {
	int count;
	struct k_sigaction action[_NSIG];
};

struct signal_struct {
	int count;
	struct sigpending shared_pending;	/* kill(): sent to the process */
	pid_t pgrp, session;
	struct timer_list real_timer;		/* ITIMER_REAL and alarm() */
	/* When it is due on the monotonic clock and its interval, in ns (0:
	 * one-shot): the tick only wakes it, the clock decides (itimer.c). */
	u64 it_real_deadline, it_real_incr;
	/* ITIMER_VIRTUAL (user time) and ITIMER_PROF (user and system
	 * time): ticks left and interval; counted down by the tick. */
	u64 it_virt_value, it_virt_incr, it_prof_value, it_prof_incr;
	struct task_struct *leader;		/* whom real_timer signals */
	int flags;				/* SIGNAL_STOP_* below */
	int group_exit_code;			/* the stop signal, for wait4 */
	bool tty;				/* the console is its controlling terminal */
	/* The thread group (kernel/exit.c): threads that have not exited
	 * yet, and whether exit_group or a fatal signal is ending them all
	 * (then group_exit_status is every thread's wait status). */
	int live;
	bool group_exit;
	int group_exit_status;
};

/* signal_struct.flags: what wait4 may still report to the parent. */
#define SIGNAL_STOP_STOPPED	1	/* the process is stopped */
#define SIGNAL_STOP_REPORT	2	/* ... and the parent has not seen it */
#define SIGNAL_CLD_CONTINUED	4	/* continued; WCONTINUED not yet seen */

struct task_struct;
struct pt_regs;

struct ksiginfo;
int send_signal(int sig, const struct ksiginfo *info, struct task_struct *p, bool group);
void force_sig_info(const struct ksiginfo *info);
int get_signal(struct ksiginfo *info, struct k_sigaction *ka);
bool do_notify_parent(struct task_struct *tsk, int status);
int kill_pgrp(pid_t pgrp, int sig, bool from_user);
void set_current_blocked(u64 set);
int copy_siginfo_to_user(void __user *to, const struct ksiginfo *info);
void do_signal(struct pt_regs *regs);
void itimer_tick(struct signal_struct *sig, bool user);	/* kernel/itimer.c */
bool session_has_pgrp(pid_t pgrp, pid_t sid);		/* kernel/pgrp.c */
void tty_session_left(struct task_struct *p);		/* kernel/tty.c */
void tty_set_ctty(struct task_struct *p);
struct sighand_struct *sighand_alloc(void);
struct signal_struct *signal_alloc(void);
void sighand_put(struct sighand_struct *sh);
void signal_put(struct signal_struct *sig);

#endif
