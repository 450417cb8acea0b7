/* The si_code values of Linux's siginfo_t (asm-generic/siginfo.h): who
 * sent a signal, or why the kernel did.  kernel/signal.c fills them in and
 * copies siginfo out in i386's 128-byte layout. */
#ifndef _UAPI_ASM_SIGINFO_H
#define _UAPI_ASM_SIGINFO_H

#define SI_USER		0		/* kill() */
#define SI_KERNEL	0x80		/* the kernel (SIGPIPE, SIGALRM, #GP ...) */
#define SI_QUEUE	-1
#define SI_TIMER	-2
#define SI_TKILL	-6		/* tkill() / tgkill() */

#define ILL_ILLOPN	2		/* SIGILL: illegal operand */
#define FPE_INTDIV	1		/* SIGFPE */
#define FPE_INTOVF	2
#define FPE_FLTDIV	3
#define FPE_FLTOVF	4
#define FPE_FLTUND	5
#define FPE_FLTRES	6
#define FPE_FLTINV	7
#define FPE_FLTSUB	8
#define SEGV_MAPERR	1		/* SIGSEGV: nothing mapped there */
#define SEGV_ACCERR	2		/* ... mapped, but not for this access */
#define BUS_ADRALN	1
#define TRAP_BRKPT	1

#define CLD_EXITED	1		/* SIGCHLD */
#define CLD_KILLED	2
#define CLD_DUMPED	3
#define CLD_TRAPPED	4
#define CLD_STOPPED	5
#define CLD_CONTINUED	6

#endif
