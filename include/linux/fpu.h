/* include/linux/fpu.h — the x87 and SSE registers of user programs.
 *
 * Each task keeps them in the 512-byte area the fxsave instruction writes
 * (Linux: struct fxregs_state), switched in schedule(); kernel/fpu.c.
 */
#ifndef _LINUX_FPU_H
#define _LINUX_FPU_H

#include <linux/types.h>

#define MXCSR_DEFAULT	0x1f80		/* all SIMD exceptions masked, round to nearest */
#define X87_FCW_DEFAULT	0x037f		/* what fninit loads: all x87 exceptions masked */

struct fxregs_state {
	u16 cwd, swd, twd, fop;		/* control, status, abridged tag, last opcode */
	u32 fip, fcs, foo, fos;		/* last instruction and operand pointers */
	u32 mxcsr, mxcsr_mask;
	u32 st_space[32];		/* 8 registers, 16 bytes each (10 used) */
	u32 xmm_space[32];		/* xmm0..xmm7, 16 bytes each */
	u32 padding[56];
} __attribute__((aligned(16)));

extern u32 elf_hwcap;			/* CPUID.1:EDX, what AT_HWCAP tells programs */
extern u32 mxcsr_feature_mask;		/* the MXCSR bits this CPU accepts */

void fpu_init(void);
void fpu_init_state(struct fxregs_state *fpu);

static inline void fpu_save(struct fxregs_state *fpu)
{
	asm volatile("fxsave %0" : "=m"(*fpu));
}

static inline void fpu_restore(const struct fxregs_state *fpu)
{
	asm volatile("fxrstor %0" : : "m"(*fpu));
}

/* Before fxrstor of a state a user supplied (a signal frame): a reserved
 * MXCSR bit would make fxrstor fault in the kernel. */
static inline void fpu_sanitize(struct fxregs_state *fpu)
{
	fpu->mxcsr &= mxcsr_feature_mask;
}

#endif
