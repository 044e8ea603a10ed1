#!/usr/bin/env bash
# Builds libhqmlsim for this machine's os/arch into the jar's resources (called by Maven at process-classes).
# Each ISA variant of the kernels (kernels.c, splitstate.c) gets its own flags; nothing is built with -march=native, so the library runs on
# any CPU of the architecture and picks its variant at run time.
#   build.sh SRC_DIR OUT_DIR JAVA_HOME VERSION JNI_HEADER_DIR
set -euo pipefail
src=$1 out=$2 jhome=$3 version=$4 headers=${5:-$1}
os=$(uname -s | tr '[:upper:]' '[:lower:]')
arch=$(uname -m); [ "$arch" = amd64 ] && arch=x86_64
obj=$(mktemp -d); trap 'rm -rf "$obj"' EXIT
cc=${CC:-gcc}
common=(-O3 -fPIC -fvisibility=hidden -fno-math-errno -std=gnu11 -Wall -Wextra -Wno-unused-parameter
        -I"$src" -I"$headers" -I"$jhome/include" -I"$jhome/include/$os")
objs=()
# The per-variant sources: each compiled once per variant with that variant's flags and name suffix.
variant_sources=(kernels splitstate)
variant() { # name flags...
  local name=$1; shift
  for f in "${variant_sources[@]}"; do
    "$cc" "${common[@]}" "$@" -c "$src/$f.c" -o "$obj/${f}_$name.o"; objs+=("$obj/${f}_$name.o")
  done
}
variant portable -DVW=2 -DSUFFIX=portable
defs=()
if [ "$arch" = x86_64 ]; then
  variant avx2 -DVW=4 -DSUFFIX=avx2 -mavx2 -mfma
  variant avx512 -DVW=8 -DSUFFIX=avx512 -mavx512f -mavx512dq -mavx512vl -mfma -mprefer-vector-width=512
  defs+=(-DHQ_HAVE_X86_VARIANTS)
fi
"$cc" "${common[@]}" "${defs[@]}" -c "$src/dispatch.c" -o "$obj/dispatch.o"
"$cc" "${common[@]}" -c "$src/jni.c" -o "$obj/jni.o"
mkdir -p "$out/$os-$arch"
"$cc" -shared -o "$out/$os-$arch/libhqmlsim-$version.so" "${objs[@]}" "$obj/dispatch.o" "$obj/jni.o" \
      -lm -ldl -lpthread -Wl,--no-undefined -Wl,-z,noexecstack
echo "hqmlsim: built $out/$os-$arch/libhqmlsim-$version.so"
