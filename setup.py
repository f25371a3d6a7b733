"""Build the optional compiled walker (``pipeline/reader/_cwalk.pyx``); the rest is in setup.cfg.

The extension is compiled against the lxml installed in the build environment
(``make install`` builds without isolation, so that is the project's own lxml).
It is optional: where it cannot be built (no compiler, no Cython), the package
installs without it and the reader walks in Python (``pipeline.reader.body``).
"""

from setuptools import Extension, setup


def extensions() -> list[Extension]:
    try:
        import lxml
        from Cython.Build import cythonize
    except ImportError:
        return []
    ext = Extension(
        "pipeline.reader._cwalk",
        ["pipeline/reader/_cwalk.pyx"],
        include_dirs=lxml.get_include(),
        optional=True,
    )
    return cythonize([ext], quiet=True, compiler_directives={"language_level": 3})


setup(ext_modules=extensions())
