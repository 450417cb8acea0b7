/* What a signal handler finds on its stack, i386 (Linux's
 * uapi/asm/sigcontext.h and ucontext.h): the interrupted registers
 * (struct sigcontext), the FPU state (struct _fpstate) and, for SA_SIGINFO
 * handlers, a ucontext around the sigcontext.  The layouts are ABI: libc
 * and debuggers read these fields by offset. */
#ifndef _UAPI_ASM_SIGCONTEXT_H
#define _UAPI_ASM_SIGCONTEXT_H

#include <linux/types.h>

struct sigcontext {			/* 88 bytes */
	u16 gs, __gsh, fs, __fsh, es, __esh, ds, __dsh;
	u32 di, si, bp, sp, bx, dx, cx, ax;
	u32 trapno, err, ip;
	u16 cs, __csh;
	u32 flags, sp_at_signal;
	u16 ss, __ssh;
	u32 fpstate;			/* user pointer to the struct _fpstate */
	u32 oldmask;			/* the blocked mask's first word */
	u32 cr2;			/* the fault address of a page fault */
};

/* The FPU state: first the registers in the old fnsave format (112 bytes
 * with status and magic), then, on a CPU with FXSR, the 512-byte fxsave
 * image.  magic says which: 0xffff only the fnsave part, 0 both. */
#define X86_FXSR_MAGIC	0x0000
struct _fpstate_hdr {			/* 112 bytes */
	u32 cw, sw, tag, ipoff, cssel, dataoff, datasel;
	u8 st[8][10];
	u16 status, magic;
};

struct _fpstate {			/* 624 bytes */
	struct _fpstate_hdr hdr;
	u8 fxsave[512];			/* 16-byte aligned in the frame */
};

struct stack_t32 { u32 ss_sp; s32 ss_flags; u32 ss_size; };
#define SS_DISABLE	2

struct ucontext32 {
	u32 uc_flags, uc_link;
	struct stack_t32 uc_stack;
	struct sigcontext uc_mcontext;
	u64 uc_sigmask;
};

#endif
