/* kernel/fpu.c — turning on SSE for user programs, and their FPU state.
 *
 * glibc picks SSE2 versions of memcpy, strlen and friends because CPUID
 * says the CPU has SSE2.  The CPU lets a program execute SSE instructions
 * only once the kernel has promised to save the XMM registers across task
 * switches (CR4.OSFXSR); until then they raise #UD, a SIGILL.  CR4.OSXMMEXCPT
 * promises that the kernel handles SIMD floating-point exceptions (#XM,
 * vector 19: a SIGFPE, kernel/traps.c) instead of turning them into #UD.
 *
 * So each task owns a 512-byte fxsave area (x87 + MXCSR + XMM registers),
 * saved and restored eagerly at every task switch (kernel/sched.c) —
 * Linux too switches eagerly.  The kernel itself never touches these
 * registers: it is compiled with -mno-sse -mno-80387.
 *
 * Linux's counterpart: arch/x86/kernel/fpu/ (init.c, core.c).
 */
#include <linux/kernel.h>
#include <linux/fpu.h>

#define X86_FEATURE_FXSR	(1u << 24)	/* CPUID.1:EDX */
#define X86_FEATURE_XMM		(1u << 25)
#define X86_CR4_OSFXSR		(1u << 9)
#define X86_CR4_OSXMMEXCPT	(1u << 10)

u32 elf_hwcap;
u32 mxcsr_feature_mask = 0xffbf;	/* the default when fxsave leaves the mask 0 */

static inline void cpuid(u32 leaf, u32 *a, u32 *b, u32 *c, u32 *d)
{
	asm volatile("cpuid" : "=a"(*a), "=b"(*b), "=c"(*c), "=d"(*d) : "a"(leaf), "c"(0));
}

void fpu_init(void)
{
	static struct fxregs_state probe;
	u32 a, b, c, d;
	unsigned long cr4;

	cpuid(1, &a, &b, &c, &d);
	if (!(d & X86_FEATURE_FXSR))
		panic("this CPU has no fxsave/fxrstor (socket86 needs a Pentium II or later)");
	asm volatile("mov %%cr4, %0" : "=r"(cr4));
	cr4 |= X86_CR4_OSFXSR;
	if (d & X86_FEATURE_XMM)
		cr4 |= X86_CR4_OSXMMEXCPT;
	asm volatile("mov %0, %%cr4" : : "r"(cr4));
	/* AT_HWCAP on i386 is CPUID.1:EDX; everything it offers now works. */
	elf_hwcap = d;
	asm volatile("fninit");
	fpu_save(&probe);
	if (probe.mxcsr_mask)
		mxcsr_feature_mask = probe.mxcsr_mask;
	printk(KERN_INFO "fpu: fxsave/fxrstor, SSE %s, MXCSR mask %08x\n",
	       d & X86_FEATURE_XMM ? "on" : "absent", mxcsr_feature_mask);
}

/* A new program's registers, as Linux gives them: x87 as after fninit
 * (all exceptions masked, 64-bit precision, every register empty) and
 * MXCSR with all SIMD exceptions masked. */
void fpu_init_state(struct fxregs_state *fpu)
{
	memset(fpu, 0, sizeof(*fpu));
	fpu->cwd = X87_FCW_DEFAULT;
	fpu->mxcsr = MXCSR_DEFAULT;
}
